import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import { userForApiToken } from "./api-tokens";
import type { SessionUser } from "./session-user";
import { sessionClaimsFromCookies } from "./session-token";
import { userForSession } from "./sessions";

/**
 * The signed-in, active user of this request, or null: from a personal API token
 * (`Authorization: Bearer …`) when one is sent, else from the session cookie. Read fresh from
 * the database either way.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const authorization = (await headers()).get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return userForApiToken(authorization.slice(7).trim());
  const claims = sessionClaimsFromCookies(await cookies());
  return claims ? userForSession(claims) : null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to use the Factdesk API.");
  return user;
}

/**
 * The user of this request and a way to ask again later with the same credentials, for a
 * response that outlives its request (a live stream ends once its user may no longer read).
 */
export async function requireUserToRecheck(): Promise<{ user: SessionUser; recheck: () => Promise<SessionUser | null> }> {
  const authorization = (await headers()).get("authorization");
  const token = authorization?.toLowerCase().startsWith("bearer ") ? authorization.slice(7).trim() : null;
  const claims = token === null ? sessionClaimsFromCookies(await cookies()) : null;
  const recheck = async () => (token !== null ? userForApiToken(token) : claims ? userForSession(claims) : null);
  const user = await recheck();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to use the Factdesk API.");
  return { user, recheck };
}
