"use client";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { formText } from "@/lib/forms/form-text";

/** Changing the password signs every session out, this one too: the page goes on to sign-in. */
export function ChangePasswordForm({ minLength, activeTokens }: { minLength: number; activeTokens: number }) {
  const { pending, message, run, fail } = useFormAction("The password could not be changed.");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    if (formText(form, "newPassword") !== formText(form, "confirmPassword")) return fail("The two new passwords are not the same.");
    const body = { currentPassword: formText(form, "currentPassword"), newPassword: formText(form, "newPassword"), revokeTokens: form.get("revokeTokens") === "on" };
    const changed = await run(async () => {
      await apiFetch("/api/me/password", { method: "POST", body });
      return true;
    });
    if (changed) window.location.assign("/signin?ended=password");
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
      {activeTokens > 0 && (
        <label className="checkbox-field">
          <input type="checkbox" name="revokeTokens" />
          <span>
            Also revoke my {activeTokens} API token{activeTokens === 1 ? "" : "s"} <span className="muted">(scripts using them stop working)</span>
          </span>
        </label>
      )}
      <p className="muted small">Changing the password signs you out everywhere, here too.</p>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
