import type { FormMessageValue } from "./use-form-action";

/** The outcome of a form, read out politely by screen readers; `children` follow a success (a link to what was made). */
export function FormMessage({ message, children }: { message: FormMessageValue; children?: React.ReactNode }) {
  if (!message) return null;
  return (
    <p className={`notice ${message.ok ? "notice--info" : "notice--error"}`} role="status">
      {message.text}
      {message.ok && children ? <> {children}</> : null}
    </p>
  );
}
