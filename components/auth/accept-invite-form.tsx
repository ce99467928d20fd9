"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { formText } from "@/lib/forms/form-text";

export function AcceptInviteForm({ token }: { token: string }) {
  const router = useRouter();
  const { pending, message, run, fail } = useFormAction("The account could not be created.");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (formText(form, "password") !== formText(form, "confirm")) return fail("The two passwords are not the same.");
    const body = { name: formText(form, "name"), password: formText(form, "password") };
    const joined = await run(async () => (await apiFetch(`/api/invites/${token}/accept`, { method: "POST", body }), true));
    if (joined) router.push("/signin?joined=1");
  }

  return (
    <form className="form" onSubmit={submit}>
      <FormMessage message={message} alertOnError />
      <label className="field">
        <span className="field__label">Your name</span>
        <input className="input" name="name" required maxLength={120} autoComplete="name" />
      </label>
      <label className="field">
        <span className="field__label">Password (at least 10 characters)</span>
        <input className="input" type="password" name="password" minLength={10} required autoComplete="new-password" />
      </label>
      <label className="field">
        <span className="field__label">Password again</span>
        <input className="input" type="password" name="confirm" minLength={10} required autoComplete="new-password" />
      </label>
      <button className="button button--primary button--block" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Join the desk"}
      </button>
    </form>
  );
}
