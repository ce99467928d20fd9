import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { parseRegisterCsv, type ParsedRegisterRow } from "@/lib/register/csv";
import { normalizeName, normalizeTitle } from "@/lib/register/normalize";
import { isWikidataCsv, parseWikidataCsv } from "@/lib/register/wikidata";
import { ZCreateRegisterEntrySchema, type TCreateRegisterEntry } from "@/lib/validation/register";
import { describeZodError } from "@/lib/http/zod-messages";
import { recordActivities } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { childRows, withUniqueNames } from "./register-entries";

export const MAX_IMPORT_ROWS = 20_000;

export type RegisterImportResult = { format: "register" | "wikidata"; created: number; updated: number };

/**
 * Imports a register CSV, or a Wikidata "position held" export (recognised by its columns).
 * A row whose name is an entry's name or variant (ignoring case and diacritics) goes to that
 * entry: a register CSV replaces the entry's fields, a Wikidata export adds the titles and the
 * source the entry lacks. Any other row creates an entry. All or nothing: an invalid row, or a
 * variant that another entry already has, refuses the import with the lines to fix.
 */
export async function importRegisterCsv({ actor, csv }: { actor: SessionUser; csv: string }): Promise<RegisterImportResult> {
  assertCan(actor, "register:write");
  const format = isWikidataCsv(csv) ? "wikidata" : "register";
  let rows: ParsedRegisterRow[];
  try {
    rows = format === "wikidata" ? parseWikidataCsv(csv) : parseRegisterCsv(csv);
  } catch (error) {
    throw new AppError("INVALID_INPUT", error instanceof Error ? error.message : "The CSV could not be read.");
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError("INVALID_INPUT", `At most ${MAX_IMPORT_ROWS.toLocaleString("en")} entries at once.`);
  const problems: string[] = [];
  const entries = rows.flatMap(({ line, entry }) => {
    const parsed = ZCreateRegisterEntrySchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(`line ${line}: ${describeZodError(parsed.error)}`);
      return [];
    }
    return [{ line, entry: parsed.data }];
  });
  if (problems.length > 0) throw new AppError("INVALID_INPUT", `Nothing was imported. Fix ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? "; …" : ""}.`);
  // A name given twice in the file: the last row wins, as if the rows were applied in order.
  const byName = new Map(entries.map((row) => [normalizeName(row.entry.name), row]));
  const allNames = [...byName.values()].flatMap(({ entry }) => [entry.name, ...entry.variants]);
  return withUniqueNames(allNames, () =>
    getDb().$transaction(
      async (tx) => {
        // Statements per import, not per row: one update per entry that exists already, the rest in bulk.
        const known = await tx.registerName.findMany({
          where: { normalized: { in: [...new Set(allNames.map(normalizeName))] } },
          select: { normalized: true, entry: { select: { id: true, name: true, version: true } } },
        });
        const owner = new Map(known.map((row) => [row.normalized, row.entry]));
        const targets = new Map<string, { id: string; name: string }>();
        const clashes: string[] = [];
        const fileOwner = new Map<string, string>();
        for (const [name, { line, entry }] of byName) {
          const target = owner.get(name);
          if (target) targets.set(name, target);
          for (const variant of [entry.name, ...entry.variants].map(normalizeName)) {
            const other = owner.get(variant);
            if (other && other.id !== target?.id) clashes.push(`line ${line}: “${variant}” is already ${other.name} (entry ${other.id})`);
            const sameFile = fileOwner.get(variant);
            if (sameFile && sameFile !== name) clashes.push(`line ${line}: “${variant}” is also in another row`);
            fileOwner.set(variant, name);
          }
        }
        if (clashes.length > 0) {
          throw new AppError("CONFLICT", `Nothing was imported: ${clashes.slice(0, 10).join("; ")}${clashes.length > 10 ? "; …" : ""}. Merge or rename those entries first.`);
        }
        const toCreate = [...byName].filter(([name]) => !targets.has(name)).map(([, row]) => row.entry);
        const created = await tx.registerEntry.createManyAndReturn({
          data: toCreate.map((entry) => ({ name: entry.name, kind: entry.kind, variants: entry.variants, notes: entry.notes, verifiedById: actor.id })),
          select: { id: true, name: true },
        });
        const updatedIds = [...new Set([...targets.values()].map((target) => target.id))];
        // What each updated entry becomes: the row's fields (register CSV), or its own plus the
        // titles and sources it lacks (Wikidata).
        const wanted = format === "wikidata" ? updatedIds : [];
        const existingRows = wanted.length
          ? await tx.registerEntry.findMany({
              where: { id: { in: wanted } },
              select: {
                id: true,
                name: true,
                variants: true,
                titles: { select: { title: true, from: true, to: true, jurisdiction: true }, orderBy: { position: "asc" } },
                sources: { select: { url: true, title: true, excerpt: true }, orderBy: { position: "asc" } },
              },
            })
          : [];
        const current = new Map(existingRows.map((entry) => [entry.id, entry]));
        const finalFields = new Map<string, TCreateRegisterEntry>();
        for (const [name, target] of targets) {
          const incoming = byName.get(name)!.entry;
          const existing = current.get(target.id);
          if (!existing) {
            finalFields.set(target.id, incoming);
            continue;
          }
          const sameTitle = (a: TCreateRegisterEntry["titles"][number], b: TCreateRegisterEntry["titles"][number]) =>
            normalizeTitle(a.title) === normalizeTitle(b.title) && (a.from ?? null) === (b.from ?? null) && (a.jurisdiction ?? "") === (b.jurisdiction ?? "");
          finalFields.set(target.id, {
            name: existing.name,
            kind: "person",
            variants: existing.variants,
            notes: "",
            titles: [...existing.titles, ...incoming.titles.filter((title) => !existing.titles.some((known) => sameTitle(known, title)))],
            sources: [...existing.sources, ...incoming.sources.filter((source) => !existing.sources.some((known) => known.url === source.url))],
          });
        }
        for (const [id, entry] of finalFields) {
          await tx.registerEntry.update({
            where: { id },
            data: {
              ...(format === "wikidata" ? {} : { name: entry.name, kind: entry.kind, variants: entry.variants, notes: entry.notes }),
              verifiedById: actor.id,
              version: { increment: 1 },
            },
            select: { id: true },
          });
        }
        if (updatedIds.length > 0) {
          await tx.registerName.deleteMany({ where: { entryId: { in: updatedIds } } });
          await tx.registerTitle.deleteMany({ where: { entryId: { in: updatedIds } } });
          await tx.registerSource.deleteMany({ where: { entryId: { in: updatedIds } } });
        }
        const children = [...created.map((row) => childRows(row.id, byName.get(normalizeName(row.name))!.entry)), ...[...finalFields].map(([id, entry]) => childRows(id, entry))];
        await tx.registerName.createMany({ data: children.flatMap((rows) => rows.names) });
        await tx.registerTitle.createMany({ data: children.flatMap((rows) => rows.titles ?? []) });
        await tx.registerSource.createMany({ data: children.flatMap((rows) => rows.sources ?? []) });
        const from = format === "wikidata" ? "wikidata import" : "csv import";
        await recordActivities(tx, [
          ...created.map((row) => ({ actorId: actor.id, entityType: "register" as const, entityId: row.id, action: "register.created" as const, after: { name: row.name, from } })),
          ...[...finalFields].map(([id, entry]) => ({
            actorId: actor.id,
            entityType: "register" as const,
            entityId: id,
            action: "register.updated" as const,
            before: {},
            after: { name: entry.name, from },
          })),
        ]);
        return { format, created: created.length, updated: finalFields.size };
      },
      { timeout: 120_000 },
    ),
  );
}
