import "server-only";
import type { SourceDto } from "@/lib/dto";

export const SOURCE_FIELDS = ["kind", "confidential", "contact", "url", "title", "publisher", "excerpt", "accessedAt"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

export function toDateColumn(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}

export function sourceSnapshot(source: Pick<SourceDto, SourceField>): Pick<SourceDto, SourceField> {
  return Object.fromEntries(SOURCE_FIELDS.map((field) => [field, source[field]])) as Pick<SourceDto, SourceField>;
}
