import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { parseRegisterCsv } from "@/lib/register/csv";
import { normalizeName } from "@/lib/register/normalize";
import { ZCreateRegisterEntrySchema } from "@/lib/validation/register";
import { describeZodError } from "@/lib/http/zod-messages";
import type { SessionUser } from "../auth/current-user";
import { getDb } from "../db";
import { createRegisterEntry, updateRegisterEntry } from "./register-entries";

export const MAX_IMPORT_ROWS = 20_000;

/**
 * Imports a register CSV: a row whose name matches an entry (ignoring case and diacritics)
 * replaces that entry's fields, any other row creates one. All or nothing: a single invalid row
 * refuses the import with the line numbers to fix.
 */
export async function importRegisterCsv({ actor, csv }: { actor: SessionUser; csv: string }): Promise<{ created: number; updated: number }> {
  assertCan(actor, "register:write");
  let rows;
  try {
    rows = parseRegisterCsv(csv);
  } catch (error) {
    throw new AppError("INVALID_INPUT", error instanceof Error ? error.message : "The CSV could not be read.");
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError("INVALID_INPUT", `At most ${MAX_IMPORT_ROWS.toLocaleString("en")} rows at once.`);
  const problems: string[] = [];
  const entries = rows.flatMap(({ line, entry }) => {
    const parsed = ZCreateRegisterEntrySchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(`line ${line}: ${describeZodError(parsed.error)}`);
      return [];
    }
    return [parsed.data];
  });
  if (problems.length > 0) throw new AppError("INVALID_INPUT", `Nothing was imported. Fix ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? "; …" : ""}.`);
  return getDb().$transaction(
    async (tx) => {
      const existing = await tx.registerEntry.findMany({ where: { names: { some: { normalized: { in: entries.map((entry) => normalizeName(entry.name)) } } } }, select: { id: true, name: true, version: true } });
      const byName = new Map(existing.map((entry) => [normalizeName(entry.name), entry]));
      let created = 0;
      let updated = 0;
      for (const entry of entries) {
        const match = byName.get(normalizeName(entry.name));
        if (match) {
          await updateRegisterEntry({ actor, id: match.id, input: { ...entry, version: match.version }, db: tx });
          updated++;
        } else {
          const made = await createRegisterEntry({ actor, input: entry, db: tx });
          byName.set(normalizeName(made.name), { id: made.id, name: made.name, version: made.version });
          created++;
        }
      }
      return { created, updated };
    },
    { timeout: 120_000 },
  );
}
