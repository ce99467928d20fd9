import "server-only";
import { AppError } from "@/lib/errors/app-error";

// Every versioned write (claims, sources, articles, register entries, desk settings) refuses a
// stale version the same way: 409, the version that won, and what to do about it.

export type StaleWrite = {
  /** What was written, as the person knows it: "Claim c123", "The settings". */
  subject: string;
  /** The version the request was based on. */
  sent: number;
  /** The version that is stored now: the one that won. */
  current: number;
  /** Who saved the winning version, when known. */
  by?: string | null;
  /** What to do next; by default, reload and apply the change again. */
  advice?: string;
};

export function staleVersion({ subject, sent, current, by, advice = "Reload it and apply your change again." }: StaleWrite): AppError {
  return new AppError("CONFLICT", `${subject} was changed by ${by ?? "someone else"} (you sent version ${sent}, it is now at version ${current}). ${advice}`, {
    currentVersion: current,
  });
}

/**
 * After `UPDATE … WHERE version = sent` changed no row: reads the version that won (the row is
 * committed by then, so it is the winner's, not the one read before the write) and throws the 409.
 */
export async function refuseStaleWrite(write: Omit<StaleWrite, "current">, readVersion: () => Promise<number | null | undefined>): Promise<never> {
  const current = await readVersion();
  throw staleVersion({ ...write, current: current ?? write.sent });
}
