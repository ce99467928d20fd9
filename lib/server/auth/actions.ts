"use server";
import { AuthError } from "next-auth";
import { safeRedirect } from "@/lib/auth/safe-redirect";
import { formText } from "@/lib/forms/form-text";
import { signOutEverywhere } from "../users/sign-out-everywhere";
import { getCurrentUser } from "./current-user";
import { auth, signIn, signOut } from "./next-auth";
import { endSession } from "./sessions";
import { THROTTLE_WINDOW_MINUTES } from "./sign-in-throttle";

export type SignInState = { error: string | null; email: string };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = formText(formData, "email").trim();
  const password = formText(formData, "password");
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirect(formData.get("next")) });
  } catch (error) {
    // The same message whether the email is unknown or the password wrong.
    if (error instanceof AuthError && (error as AuthError & { code?: string }).code === "throttled") {
      return { error: `Too many failed sign-ins for this account or network. Wait ${THROTTLE_WINDOW_MINUTES} minutes and try again.`, email };
    }
    if (error instanceof AuthError) return { error: "That email and password do not match an active account.", email };
    throw error; // signIn redirects by throwing; let Next.js handle it.
  }
  return { error: null, email };
}

export async function signInWithSsoAction(formData: FormData): Promise<void> {
  await signIn("oidc", { redirectTo: safeRedirect(formData.get("next")) });
}

/** Ends this session: its cookie is cleared here and refused if it is ever sent again. */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session?.user?.id && session.sessionId) await endSession({ userId: session.user.id, sessionId: session.sessionId, expiresAt: new Date(session.expires) });
  await signOut({ redirectTo: "/signin" });
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await signOutEverywhere({ actor: user });
  await signOut({ redirectTo: "/signin?ended=everywhere" });
}
