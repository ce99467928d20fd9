import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "./current-user";
import type { SessionUser } from "./session-user";

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
