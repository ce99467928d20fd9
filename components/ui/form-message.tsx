import type { FormMessageValue } from "./use-form-action";

type Props = {
  message: FormMessageValue;
  /** Announce a failure at once (role="alert") rather than politely: for forms that cannot go on without a fix. */
  alertOnError?: boolean;
  /** Shown after a success message (a link to what was made). */
  children?: React.ReactNode;
};

/** The outcome of a form, for everyone and for screen readers. */
export function FormMessage({ message, alertOnError = false, children }: Props) {
  if (!message) return null;
  return (
    <p className={`notice ${message.ok ? "notice--info" : "notice--error"}`} role={!message.ok && alertOnError ? "alert" : "status"}>
      {message.text}
      {message.ok && children ? <> {children}</> : null}
    </p>
  );
}
