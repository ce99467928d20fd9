import Link from "next/link";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailPreferences } from "@/components/account/email-preferences";
import { signOutEverywhereAction } from "@/lib/server/auth/actions";
import { listApiTokens } from "@/lib/server/auth/api-tokens";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { getPreferences } from "@/lib/server/users/preferences";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

export const metadata = { title: "Your account · Factdesk" };

export default async function AccountPage() {
  const user = await requirePageUser();
  const [tokens, preferences] = await Promise.all([listApiTokens({ actor: user }), getPreferences({ actor: user })]);
  return (
    <main className="page page--narrow">
      <h1 className="page__title">Your account</h1>
      <p className="page__subtitle">
        {user.name} · {user.email} · {user.role}
      </p>
      <h2 className="section-title">Change your password</h2>
      <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} activeTokens={tokens.filter((token) => !token.revokedAt).length} />
      <h2 className="section-title">Email</h2>
      <EmailPreferences initial={preferences.emailNotifications} emailAvailable={preferences.emailAvailable} />
      <h2 className="section-title">Sessions</h2>
      <form action={signOutEverywhereAction} className="form">
        <p className="page__subtitle">
          Left Factdesk open on a computer you no longer use? This ends every session of yours, here too. API tokens keep working until you revoke them.
        </p>
        <div className="form__actions">
          <button className="button" type="submit">
            Sign out everywhere
          </button>
        </div>
      </form>
      <h2 className="section-title">API tokens</h2>
      <p className="page__subtitle">
        For scripts and CMS integrations: a token acts as you, with your role, on every API route. See the <Link href="/docs/api">API reference</Link>.
      </p>
      <ApiTokens initial={tokens} />
    </main>
  );
}
