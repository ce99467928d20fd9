"use client";
import { useCallback, useState } from "react";

export type FormMessageValue = { ok: boolean; text: string } | null;

/**
 * The plumbing every form shares: a pending flag while the request runs, and one message
 * afterwards (what went wrong, or what was done). `run` returns the work's result, or undefined
 * when it failed (the error's message is shown).
 */
export function useFormAction(failure: string) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<FormMessageValue>(null);

  const run = useCallback(
    async <T>(work: () => Promise<T>, success?: string | ((result: T) => string)): Promise<T | undefined> => {
      setPending(true);
      setMessage(null);
      try {
        const result = await work();
        if (success) setMessage({ ok: true, text: typeof success === "function" ? success(result) : success });
        return result;
      } catch (error) {
        setMessage({ ok: false, text: error instanceof Error && error.message ? error.message : failure });
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [failure],
  );

  const fail = useCallback((text: string) => setMessage({ ok: false, text }), []);

  return { pending, message, run, fail, setMessage };
}
