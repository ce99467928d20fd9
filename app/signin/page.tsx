import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";

export const metadata = { title: "Sign in · Factdesk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; joined?: string }> }) {
  if (await getCurrentUser()) redirect("/articles");
  const { next, joined } = await searchParams;
  return (
    <main className="signin">
      <div className="signin__card">
        <div className="brand brand--large" aria-hidden="true">
          <span className="brand__mark">✓</span> Factdesk
        </div>
        <h1 className="signin__title">Sign in to the checking desk</h1>
        {joined && (
          <p className="notice notice--info" role="status">
            Your account is ready. Sign in with your email and new password.
          </p>
        )}
        <SignInForm next={typeof next === "string" ? next : "/articles"} />
      </div>
    </main>
  );
}
