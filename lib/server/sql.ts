import "server-only";
import pg, { type QueryResultRow } from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { getPool } from "./db";

// SQL sent straight to the pool, for the few paths every request or every busy route takes.
// Prisma 6.19's client compiles each query (in WebAssembly) on every call, about half a
// millisecond for a simple one; a named statement here is parsed and planned by Postgres once
// per connection and costs the app nothing but the round trip. Everything else stays in Prisma.

/** A statement with a fixed text, prepared once per connection under its name. */
export type Statement = { name: string; text: string };

// Prisma stores DateTime as `timestamp` (no time zone) holding UTC, and a @db.Date as a day it
// reads as UTC midnight; pg would read both in the server's local time zone. Read them as Prisma does.
const TIMESTAMP_OID = 1114;
const DATE_OID = 1082;
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const parseUtcDay = (value: string) => new Date(`${value}T00:00:00Z`);
const defaultParser = (oid: number) => pg.types.getTypeParser(oid, "text") as (value: string) => unknown;
const types = {
  getTypeParser: ((oid: number) => (oid === TIMESTAMP_OID ? parseUtcTimestamp : oid === DATE_OID ? parseUtcDay : defaultParser(oid))) as typeof pg.types.getTypeParser,
};

/** SQL for a person joined as `alias`, as the DTOs' `{ id, name }` (null when not joined). */
export const sqlPerson = (alias: string) => `CASE WHEN ${alias}."id" IS NULL THEN NULL ELSE json_build_object('id', ${alias}."id", 'name', ${alias}."name") END`;

/** SQL for the person whose id is in `column`, as the DTOs' `{ id, name }` (null when there is none): a lookup by key. */
export const sqlPersonById = (column: string) => `(SELECT json_build_object('id', u."id", 'name', u."name") FROM "User" u WHERE u."id" = ${column})`;

/** SQL for a stored UTC timestamp as an ISO string, for timestamps inside JSON Postgres builds. */
export const sqlIsoTime = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * SQL for the complete evidence files of the source aliased `source`, as a JSON array in the
 * shape of `evidenceSelect` (times as ISO strings; `evidenceFromJson` reads them back).
 */
export const sqlEvidenceOf = (source: string) => `to_json(ARRAY(
    SELECT json_build_object('id', e."id", 'sourceId', e."sourceId", 'fileName', e."fileName", 'contentType', e."contentType", 'size', e."size", 'sha256', e."sha256",
      'createdAt', ${sqlIsoTime('e."createdAt"')}, 'uploadedBy', json_build_object('id', uploader."id", 'name', uploader."name"))
    FROM "EvidenceFile" e JOIN "User" uploader ON uploader."id" = e."uploadedById"
    WHERE e."sourceId" = ${source}."id" AND e."sha256" <> '' ORDER BY e."createdAt", e."id"
  ))`;

/** Evidence rows read as JSON (sqlEvidenceOf), with their times as dates again. */
export const evidenceFromJson = <E extends { createdAt: string }>(rows: E[]) => rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));

/** What a LIKE pattern needs escaped to match `text` literally. */
export const sqlLikeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** A column's SQL type, as `jsonb_to_recordset` reads it from a JSON row. */
export type ColumnTypes = Record<string, string>;

/**
 * `INSERT INTO table … SELECT` of the rows sent as one JSON array in parameter `$param`: one
 * statement text whatever the number of rows, usable inside a larger statement (as a CTE) or in
 * a Prisma transaction. Dates travel as JSON does (ISO strings in UTC), read as the UTC they are. `from` joins
 * a relation whose columns `computed` may use (a value only Postgres knows, such as the article
 * of a claim read in the same statement); with no row in it, nothing is inserted.
 */
export function insertJsonRows(table: string, columns: ColumnTypes, param: number, { from, computed = {} }: { from?: string; computed?: Record<string, string> } = {}): string {
  const names = Object.keys(columns);
  const targets = [...names, ...Object.keys(computed)].map((name) => `"${name}"`).join(", ");
  const values = [...names.map((name) => `r."${name}"`), ...Object.values(computed)].join(", ");
  const record = names.map((name) => `"${name}" ${columns[name]}`).join(", ");
  return `INSERT INTO "${table}" (${targets}) SELECT ${values} FROM ${from ? `${from}, ` : ""}jsonb_to_recordset($${param}::jsonb) AS r(${record})`;
}

const listeners = new Set<() => void>();

/** Calls `listener` for every statement sent here (tests count statements with it). */
export function onStatement(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The statement's rows, from the pool; or, with `tx`, inside that Prisma transaction (a caller
 * holding a transaction must not wait on a second connection from the same pool).
 */
export async function queryRows<R extends QueryResultRow>(statement: Statement, values: readonly unknown[], tx?: Prisma.TransactionClient): Promise<R[]> {
  if (tx) return tx.$queryRawUnsafe<R[]>(statement.text, ...values);
  for (const listener of listeners) listener();
  const result = await getPool().query<R>({ name: statement.name, text: statement.text, values: values as unknown[], types });
  return result.rows;
}
