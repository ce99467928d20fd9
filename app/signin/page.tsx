import { AuthCard } from "@/components/auth/auth-card";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OIDC_REFUSAL_MESSAGES } from "@/lib/auth/oidc-linking";
import { signInWithSsoAction } from "@/lib/server/auth/actions";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { oidcSettings } from "@/lib/server/auth/oidc";

export const metadata = { title: "Sign in · Factdesk" };

const ENDED_MESSAGES: Record<string, string> = {
  password: "Your password was changed and every session of yours was signed out. Sign in with the new password.",
  everywhere: "You were signed out on every device. Sign in again here.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; joined?: string; error?: string; ended?: string }> }) {
  if (await getCurrentUser()) redirect("/articles");
  const { next, joined, error, ended } = await searchParams;
  const endedMessage = typeof ended === "string" ? ENDED_MESSAGES[ended] : undefined;
  const sso = oidcSettings();
  const ssoError = error && error in OIDC_REFUSAL_MESSAGES ? OIDC_REFUSAL_MESSAGES[error as keyof typeof OIDC_REFUSAL_MESSAGES] : null;
  return (
    <AuthCard>
      <h1 className="signin__title">Sign in to the checking desk</h1>
      {joined && (
        <p className="notice notice--info" role="status">
          Your account is ready. Sign in with your email and new password.
        </p>
      )}
      {endedMessage && (
        <p className="notice notice--info" role="status">
          {endedMessage}
        </p>
      )}
      {ssoError && (
        <p className="notice notice--error" role="alert">
          {ssoError}
        </p>
      )}
      <SignInForm next={typeof next === "string" ? next : "/articles"} />
      {sso && (
        <form action={signInWithSsoAction} className="sso">
          <input type="hidden" name="next" value={typeof next === "string" ? next : "/articles"} />
          <button className="button button--block" type="submit">
            Sign in with {sso.name}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
