import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { AppError } from "@/lib/errors/app-error";
import { findUsableInvite } from "@/lib/server/users/invites";

export const metadata = { title: "Join the desk · Factdesk" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let content: React.ReactNode;
  try {
    const invite = await findUsableInvite(token);
    content = (
      <>
        <h1 className="signin__title">
          You are invited to join as {invite.role}. Choose your name and password for {invite.email}.
        </h1>
        <AcceptInviteForm token={token} />
      </>
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    content = (
      <p className="notice notice--error" role="alert">
        {error.message}
      </p>
    );
  }
  return (
    <AuthCard>
        {content}
    </AuthCard>
  );
}
