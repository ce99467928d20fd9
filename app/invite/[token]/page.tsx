import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { AppError } from "@/lib/errors/app-error";
import { findUsableInvite } from "@/lib/server/users/invites";

export const metadata = { title: "Join the desk · Factdesk" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findUsableInvite(token).catch((error: unknown) => {
    if (error instanceof AppError) return { problem: error.message };
    throw error;
  });
  return (
    <AuthCard>
      {"problem" in invite ? (
        <p className="notice notice--error" role="alert">
          {invite.problem}
        </p>
      ) : (
        <>
          <h1 className="signin__title">
            You are invited to join as {invite.role}. Choose your name and password for {invite.email}.
          </h1>
          <AcceptInviteForm token={token} />
        </>
      )}
    </AuthCard>
  );
}
