import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { parseRegisterCsv } from "@/lib/register/csv";
import { normalizeName } from "@/lib/register/normalize";
import { ZCreateRegisterEntrySchema } from "@/lib/validation/register";
import { describeZodError } from "@/lib/http/zod-messages";
import { recordActivities } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { childRows } from "./register-entries";

export const MAX_IMPORT_ROWS = 20_000;

/**
 * Imports a register CSV: a row whose name matches an entry's name (ignoring case and
 * diacritics) replaces that entry's fields, any other row creates one. All or nothing: a single
 * invalid row refuses the import with the line numbers to fix.
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
  // A name given twice in the file: the last row wins, as if the rows were applied in order.
  const byName = new Map(entries.map((entry) => [normalizeName(entry.name), entry]));
  return getDb().$transaction(
    async (tx) => {
      // Statements per import, not per row: one update per entry that exists already, the rest in bulk.
      const existing = await tx.registerName.findMany({
        where: { normalized: { in: [...byName.keys()] } },
        select: { normalized: true, entry: { select: { id: true, name: true } } },
      });
      const existingIds = new Map(existing.filter((row) => normalizeName(row.entry.name) === row.normalized).map((row) => [row.normalized, row.entry.id]));
      const toCreate = [...byName].filter(([name]) => !existingIds.has(name)).map(([, entry]) => entry);
      const created = await tx.registerEntry.createManyAndReturn({
        data: toCreate.map((entry) => ({ name: entry.name, kind: entry.kind, variants: entry.variants, notes: entry.notes, verifiedById: actor.id })),
        select: { id: true, name: true },
      });
      const updatedIds = [...existingIds.values()];
      for (const [name, id] of existingIds) {
        const entry = byName.get(name)!;
        await tx.registerEntry.update({
          where: { id },
          data: { name: entry.name, kind: entry.kind, variants: entry.variants, notes: entry.notes, verifiedById: actor.id, version: { increment: 1 } },
          select: { id: true },
        });
      }
      if (updatedIds.length > 0) {
        await tx.registerName.deleteMany({ where: { entryId: { in: updatedIds } } });
        await tx.registerTitle.deleteMany({ where: { entryId: { in: updatedIds } } });
        await tx.registerSource.deleteMany({ where: { entryId: { in: updatedIds } } });
      }
      const ids = [...created.map((row) => [normalizeName(row.name), row.id] as const), ...existingIds];
      const children = ids.map(([name, id]) => childRows(id, byName.get(name)!));
      await tx.registerName.createMany({ data: children.flatMap((rows) => rows.names) });
      await tx.registerTitle.createMany({ data: children.flatMap((rows) => rows.titles ?? []) });
      await tx.registerSource.createMany({ data: children.flatMap((rows) => rows.sources ?? []) });
      await recordActivities(
        tx,
        ids.map(([name, id]) =>
          existingIds.has(name)
            ? { actorId: actor.id, entityType: "register", entityId: id, action: "register.updated", before: {}, after: { name: byName.get(name)!.name, from: "csv import" } }
            : { actorId: actor.id, entityType: "register", entityId: id, action: "register.created", after: { name: byName.get(name)!.name, from: "csv import" } },
        ),
      );
      return { created: created.length, updated: updatedIds.length };
    },
    { timeout: 120_000 },
  );
}
