"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api";

export function AcceptInviteForm({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("password") !== form.get("confirm")) {
      setError("The two passwords are not the same.");
      return;
    }
    setPending(true);
    try {
      await apiFetch(`/api/invites/${token}/accept`, { method: "POST", body: { name: form.get("name"), password: form.get("password") } });
      router.push("/signin?joined=1");
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The account could not be created.");
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
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
