"use client";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { formText } from "@/lib/forms/form-text";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const { pending, message, run, fail } = useFormAction("The password could not be changed.");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    if (formText(form, "newPassword") !== formText(form, "confirmPassword")) return fail("The two new passwords are not the same.");
    const body = { currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword") };
    await run(async () => {
      await apiFetch("/api/me/password", { method: "POST", body });
      formElement.reset();
    }, "Your password was changed.");
  }

  return (
    <form className="form" onSubmit={submit}>
      <FormMessage message={message} />
      <label className="field">
        <span className="field__label">Current password</span>
        <input className="input" type="password" name="currentPassword" autoComplete="current-password" required />
      </label>
      <label className="field">
        <span className="field__label">New password (at least {minLength} characters)</span>
        <input className="input" type="password" name="newPassword" autoComplete="new-password" minLength={minLength} required />
      </label>
      <label className="field">
        <span className="field__label">New password again</span>
        <input className="input" type="password" name="confirmPassword" autoComplete="new-password" minLength={minLength} required />
      </label>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
