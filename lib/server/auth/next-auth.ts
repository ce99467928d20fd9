import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clientIp, isSignInThrottled, recordSignInAttempt } from "./sign-in-throttle";
import { oidcSettings, resolveOidcSignIn, userIdForEmail } from "./oidc";

const oidc = oidcSettings();

/** Too many failed attempts for this account or address: the sign-in form says so. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

/**
 * Sessions are signed, encrypted JWT cookies (no server memory), carrying only the user id.
 * Role and active flag are read from the database on every request (see current-user.ts), so
 * a role change or deactivation takes effect at once.
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
        const ip = clientIp(request?.headers);
        if (await isSignInThrottled({ email, ip })) throw new SignInThrottled();
        const user = await getDb().user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, active: true, passwordHash: true },
        });
        // An unknown email costs the same hashing time as a known one.
        const valid = user?.active ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
        await recordSignInAttempt({ email, ip, succeeded: valid });
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
    async jwt({ token, account, profile }) {
      // The session carries the desk's user id, not the provider's subject.
      if (account?.provider === "oidc") token.sub = (await userIdForEmail(profile?.email)) ?? undefined;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
