import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RegisterEntryDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { termDays } from "@/lib/register/dates";
import { registeredTitle } from "@/lib/register/flags";
import { jurisdictionKey } from "@/lib/register/jurisdictions";
import { nameTokens, normalizeName, normalizeTitle } from "@/lib/register/normalize";
import type { TCreateRegisterEntry, TMergeRegisterEntries, TUpdateRegisterEntry } from "@/lib/validation/register";
import { recordActivities, recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { refuseStaleWrite, staleVersion } from "../concurrency";
import { getDb } from "../db";
import { personSelect } from "../select";
import { sqlLikeLiteral } from "../sql";

export const registerEntrySelect = {
  id: true,
  name: true,
  kind: true,
  variants: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  verifiedBy: personSelect,
  titles: { select: { title: true, from: true, to: true, jurisdiction: true }, orderBy: { position: "asc" } },
  sources: { select: { url: true, title: true, excerpt: true }, orderBy: { position: "asc" } },
} satisfies Prisma.RegisterEntrySelect;

export function toRegisterEntryDto(row: Prisma.RegisterEntryGetPayload<{ select: typeof registerEntrySelect }>): RegisterEntryDto {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** The rows that hang off an entry, rebuilt from its fields (names are what near-miss lookups use). */
export function childRows(entryId: string, fields: { name: string; variants: string[]; titles?: TCreateRegisterEntry["titles"]; sources?: TCreateRegisterEntry["sources"] }) {
  const names = [...new Map([fields.name, ...fields.variants].map((name) => [normalizeName(name), name])).entries()]
    .filter(([normalized]) => normalized)
    .map(([normalized, name]) => ({ entryId, name, normalized, ...nameTokens(normalized) }));
  const titles = fields.titles?.map((title, position) => ({ entryId, position, ...registeredTitle(title), ...termDays(title) }));
  const sources = fields.sources?.map((source, position) => ({ entryId, position, url: source.url, title: source.title ?? "", excerpt: source.excerpt ?? "" }));
  return { names, titles, sources };
}

/**
 * Refuses a name or variant another entry already has (case, diacritics and spacing ignored):
 * 409 with that entry's id, so the caller can open it or merge the two.
 */
export async function assertNamesFree(tx: Prisma.TransactionClient, names: string[], exceptEntryId?: string): Promise<void> {
  const normalized = [...new Set(names.map(normalizeName).filter(Boolean))];
  const taken = await tx.registerName.findFirst({
    where: { normalized: { in: normalized }, ...(exceptEntryId ? { entryId: { not: exceptEntryId } } : {}) },
    select: { name: true, entry: { select: { id: true, name: true } } },
  });
  if (taken) throw duplicateName(taken.name, taken.entry);
}

function duplicateName(name: string, entry: { id: string; name: string }): AppError {
  return new AppError("CONFLICT", `“${name}” is already in the register as ${entry.name} (entry ${entry.id}). Edit that entry, or merge the two.`, {
    existingId: entry.id,
    existingName: entry.name,
  });
}

/**
 * Runs a register write; if a concurrent write took one of its names first (the unique index
 * on normalized names refuses it), answers 409 with the entry that has the name.
 */
export async function withUniqueNames<T>(names: string[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    const taken = await getDb().registerName.findFirst({
      where: { normalized: { in: names.map(normalizeName) } },
      select: { name: true, entry: { select: { id: true, name: true } } },
    });
    if (!taken) throw error;
    throw duplicateName(taken.name, taken.entry);
  }
}

const MAX_LISTED = 500;

/** The register, or the entries whose name or a variant is like `q` (trigram similarity or containment). */
export async function listRegister({ actor, q }: { actor: SessionUser; q?: string }): Promise<RegisterEntryDto[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  let where: Prisma.RegisterEntryWhereInput = {};
  if (q) {
    const normalized = normalizeName(q);
    const ids = await db.$queryRaw<{ entryId: string }[]>`
      SELECT DISTINCT "entryId" FROM "RegisterName"
      WHERE "normalized" % ${normalized} OR "normalized" LIKE ${`%${sqlLikeLiteral(normalized)}%`}
      LIMIT ${MAX_LISTED}`;
    where = { id: { in: ids.map((row) => row.entryId) } };
  }
  const rows = await db.registerEntry.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_LISTED, select: registerEntrySelect });
  return rows.map(toRegisterEntryDto);
}

export async function getRegisterEntry({ actor, id }: { actor: SessionUser; id: string }): Promise<RegisterEntryDto> {
  assertCan(actor, "article:read");
  const row = await getDb().registerEntry.findUnique({ where: { id }, select: registerEntrySelect });
  if (!row) throw notFound("Register entry", id);
  return toRegisterEntryDto(row);
}

export async function createRegisterEntry({ actor, input, db }: { actor: SessionUser; input: TCreateRegisterEntry; db?: Prisma.TransactionClient }): Promise<RegisterEntryDto> {
  assertCan(actor, "register:write");
  const work = async (tx: Prisma.TransactionClient) => {
    await assertNamesFree(tx, [input.name, ...input.variants]);
    const entry = await tx.registerEntry.create({
      data: { name: input.name, kind: input.kind, variants: input.variants, notes: input.notes, verifiedById: actor.id },
      select: { id: true },
    });
    const rows = childRows(entry.id, input);
    await tx.registerName.createMany({ data: rows.names });
    if (rows.titles?.length) await tx.registerTitle.createMany({ data: rows.titles });
    if (rows.sources?.length) await tx.registerSource.createMany({ data: rows.sources });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "register",
      entityId: entry.id,
      action: "register.created",
      after: { name: input.name, titles: input.titles.length, sources: input.sources.length },
    });
    return toRegisterEntryDto(await tx.registerEntry.findUniqueOrThrow({ where: { id: entry.id }, select: registerEntrySelect }));
  };
  return db ? work(db) : withUniqueNames([input.name, ...input.variants], () => getDb().$transaction(work));
}

export async function updateRegisterEntry({
  actor,
  id,
  input,
  db,
}: {
  actor: SessionUser;
  id: string;
  input: TUpdateRegisterEntry;
  db?: Prisma.TransactionClient;
}): Promise<RegisterEntryDto> {
  assertCan(actor, "register:write");
  const work = async (tx: Prisma.TransactionClient) => {
    const current = await tx.registerEntry.findUnique({ where: { id }, select: registerEntrySelect });
    if (!current) throw notFound("Register entry", id);
    if (input.name !== undefined || input.variants !== undefined) await assertNamesFree(tx, [input.name ?? current.name, ...(input.variants ?? current.variants)], id);
    const { count } = await tx.registerEntry.updateMany({
      where: { id, version: input.version },
      data: { name: input.name, kind: input.kind, variants: input.variants, notes: input.notes, verifiedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0)
      await refuseStaleWrite(
        { subject: `Register entry ${id}`, sent: input.version },
        async () => (await tx.registerEntry.findUnique({ where: { id }, select: { version: true } }))?.version,
      );
    const rows = childRows(id, { name: input.name ?? current.name, variants: input.variants ?? current.variants, titles: input.titles, sources: input.sources });
    if (input.name !== undefined || input.variants !== undefined) {
      await tx.registerName.deleteMany({ where: { entryId: id } });
      await tx.registerName.createMany({ data: rows.names });
    }
    if (rows.titles) {
      await tx.registerTitle.deleteMany({ where: { entryId: id } });
      if (rows.titles.length) await tx.registerTitle.createMany({ data: rows.titles });
    }
    if (rows.sources) {
      await tx.registerSource.deleteMany({ where: { entryId: id } });
      if (rows.sources.length) await tx.registerSource.createMany({ data: rows.sources });
    }
    const { version: _version, ...changes } = input;
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof typeof current]]));
    await recordActivity(tx, { actorId: actor.id, entityType: "register", entityId: id, action: "register.updated", before, after: changes });
    return toRegisterEntryDto(await tx.registerEntry.findUniqueOrThrow({ where: { id }, select: registerEntrySelect }));
  };
  return db ? work(db) : withUniqueNames([input.name ?? "", ...(input.variants ?? [])], () => getDb().$transaction(work));
}

export async function deleteRegisterEntry({ actor, id }: { actor: SessionUser; id: string }): Promise<void> {
  assertCan(actor, "register:write");
  await getDb().$transaction(async (tx) => {
    const current = await tx.registerEntry.findUnique({ where: { id }, select: { name: true } });
    if (!current) throw notFound("Register entry", id);
    await tx.registerEntry.delete({ where: { id } });
    await recordActivity(tx, { actorId: actor.id, entityType: "register", entityId: id, action: "register.deleted", before: { name: current.name } });
  });
}

/**
 * Merges another entry into this one: its name and variants become variants here, its titles
 * and sources are added (without repeats), its notes appended; the other entry is removed.
 * Both versions must be current. The history keeps both: a merge entry on each.
 */
export async function mergeRegisterEntries({ actor, id, input }: { actor: SessionUser; id: string; input: TMergeRegisterEntries }): Promise<RegisterEntryDto> {
  assertCan(actor, "register:write");
  if (input.otherId === id) throw new AppError("UNPROCESSABLE", "An entry cannot be merged into itself.");
  return getDb().$transaction(async (tx) => {
    // Both rows locked, in a fixed order so two opposite merges cannot deadlock.
    await tx.$queryRaw`SELECT "id" FROM "RegisterEntry" WHERE "id" IN (${id}, ${input.otherId}) ORDER BY "id" FOR UPDATE`;
    const [keep, other] = await Promise.all([
      tx.registerEntry.findUnique({ where: { id }, select: registerEntrySelect }),
      tx.registerEntry.findUnique({ where: { id: input.otherId }, select: registerEntrySelect }),
    ]);
    if (!keep) throw notFound("Register entry", id);
    if (!other) throw notFound("Register entry", input.otherId);
    if (keep.version !== input.version)
      throw staleVersion({ subject: `Register entry ${id}`, sent: input.version, current: keep.version, advice: "Reload the register and merge again." });
    if (other.version !== input.otherVersion) {
      throw staleVersion({ subject: `Register entry ${other.id}`, sent: input.otherVersion, current: other.version, advice: "Reload the register and merge again." });
    }
    const variants = [...new Map([other.name, ...keep.variants, ...other.variants].map((name) => [normalizeName(name), name])).entries()]
      .filter(([normalized]) => normalized !== normalizeName(keep.name))
      .map(([, name]) => name);
    const sameTitle = (a: RegisterEntryDto["titles"][number], b: RegisterEntryDto["titles"][number]) =>
      normalizeTitle(a.title) === normalizeTitle(b.title) && a.from === b.from && a.to === b.to && jurisdictionKey(a.jurisdiction) === jurisdictionKey(b.jurisdiction);
    const titles = [...keep.titles, ...other.titles.filter((title) => !keep.titles.some((known) => sameTitle(known, title)))];
    const sources = [...keep.sources, ...other.sources.filter((source) => !keep.sources.some((known) => known.url === source.url))];
    const notes = [keep.notes, other.notes].filter(Boolean).join("\n\n");
    // The other entry goes first, so its names are free to become variants here.
    await tx.registerEntry.delete({ where: { id: other.id } });
    await tx.registerEntry.update({ where: { id }, data: { variants, notes, verifiedById: actor.id, version: { increment: 1 } }, select: { id: true } });
    const rows = childRows(id, { name: keep.name, variants, titles, sources });
    await tx.registerName.deleteMany({ where: { entryId: id } });
    await tx.registerName.createMany({ data: rows.names });
    await tx.registerTitle.deleteMany({ where: { entryId: id } });
    await tx.registerTitle.createMany({ data: rows.titles ?? [] });
    await tx.registerSource.deleteMany({ where: { entryId: id } });
    await tx.registerSource.createMany({ data: rows.sources ?? [] });
    const snapshot = (entry: typeof keep) => ({ name: entry.name, variants: entry.variants, titles: entry.titles, sources: entry.sources, notes: entry.notes });
    await recordActivities(tx, [
      {
        actorId: actor.id,
        entityType: "register",
        entityId: id,
        action: "register.merged",
        before: { kept: snapshot(keep), merged: { id: other.id, ...snapshot(other) } },
        after: { name: keep.name, variants, titles: titles.length, sources: sources.length },
      },
      { actorId: actor.id, entityType: "register", entityId: other.id, action: "register.merged_into", before: snapshot(other), after: { id, name: keep.name } },
    ]);
    return toRegisterEntryDto(await tx.registerEntry.findUniqueOrThrow({ where: { id }, select: registerEntrySelect }));
  });
}
