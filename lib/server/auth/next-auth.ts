import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clientIp, markSignInSucceeded, reserveSignInAttempt } from "./sign-in-throttle";
import { oidcSettings, resolveOidcSignIn, userIdForEmail } from "./oidc";
import { currentSessionVersion } from "./sessions";

const oidc = oidcSettings();

/** Too many failed attempts for this account or address: the sign-in form says so. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** This session's own id, for signing it out alone. */
    sessionId?: string;
    /** The user's session generation when this session began. */
    sessionVersion?: number;
  }
}

const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

/**
 * Sessions are signed, encrypted JWT cookies (no server memory), carrying the user id, the
 * session's own id and the user's session generation. The user is read from the database on
 * every request (current-user.ts, sessions.ts), so a role change, deactivation, sign-out or
 * password change takes effect on the next request.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  trustHost: process.env.AUTH_TRUST_HOST !== "false",
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (raw, request) => {
        const parsed = ZCredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const attempt = await reserveSignInAttempt({ email, ip: clientIp(request?.headers) });
        if (!attempt) throw new SignInThrottled();
        const user = await getDb().user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, active: true, passwordHash: true },
        });
        // An unknown email costs the same hashing time as a known one.
        const valid = user?.active ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
        if (valid) await markSignInSucceeded(attempt.id);
        return valid && user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
    // Optional single sign-on (see README, "Single sign-on"): on only when configured.
    ...(oidc
      ? [
          {
            id: "oidc",
            name: oidc.name,
            type: "oidc" as const,
            issuer: oidc.issuer,
            clientId: oidc.clientId,
            clientSecret: oidc.clientSecret,
            checks: ["pkce" as const, "state" as const],
          },
        ]
      : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      const result = await resolveOidcSignIn(profile);
      return result.ok ? true : `/signin?error=${result.reason}`;
    },
    async jwt({ token, account, profile, trigger }) {
      // The session carries the desk's user id, not the provider's subject.
      if (account?.provider === "oidc") token.sub = (await userIdForEmail(profile?.email)) ?? undefined;
      if (trigger === "signIn" && token.sub) {
        token.sid = randomUUID();
        token.sv = await currentSessionVersion(token.sub);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
});
