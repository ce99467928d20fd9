"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/server/auth/actions";

export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { error: null, email: "" });
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.error && (
        <p className="notice notice--error" role="alert" id="signin-error">
          {state.error}
        </p>
      )}
      <label className="field">
        <span className="field__label">Email</span>
        <input className="input" type="email" name="email" autoComplete="username" required defaultValue={state.email} autoFocus />
      </label>
      <label className="field">
        <span className="field__label">Password</span>
        <input className="input" type="password" name="password" autoComplete="current-password" required />
      </label>
      <button className="button button--primary button--block" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
