import "server-only";
import type { SourceSnapshot } from "@/lib/activity/activity-types";
import { AppError } from "@/lib/errors/app-error";

export const SOURCE_FIELDS = ["kind", "confidential", "contact", "url", "title", "publisher", "excerpt", "accessedAt"] as const satisfies readonly (keyof SourceSnapshot)[];
export type SourceField = (typeof SOURCE_FIELDS)[number];

export function toDateColumn(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}

export function sourceSnapshot(source: SourceSnapshot): SourceSnapshot {
  return Object.fromEntries(SOURCE_FIELDS.map((field) => [field, source[field]])) as SourceSnapshot;
}

/** Nobody changes or removes a confidential source whose details they may not see. */
export function confidentialFor(sourceId: string): AppError {
  return new AppError("FORBIDDEN", `Source ${sourceId} is confidential: only editors, admins and the people checking its claim may change or remove it.`);
}
