import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

export const metadata = { title: "Your account · Factdesk" };

export default async function AccountPage() {
  const user = await requirePageUser();
  return (
    <main className="page page--narrow">
      <h1 className="page__title">Your account</h1>
      <p className="page__subtitle">
        {user.name} · {user.email} · {user.role}
      </p>
      <h2 className="section-title">Change your password</h2>
      <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
    </main>
  );
}
