"use client";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    if (form.get("newPassword") !== form.get("confirmPassword")) {
      setResult({ ok: false, text: "The two new passwords are not the same." });
      return;
    }
    setPending(true);
    try {
      await apiFetch("/api/me/password", { method: "POST", body: { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") } });
      formElement.reset();
      setResult({ ok: true, text: "Your password was changed." });
    } catch (error) {
      setResult({ ok: false, text: error instanceof Error ? error.message : "The password could not be changed." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      {result && (
        <p className={`notice ${result.ok ? "notice--info" : "notice--error"}`} role="status">
          {result.text}
        </p>
      )}
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
