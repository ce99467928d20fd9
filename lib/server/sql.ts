import "server-only";
import pg, { type QueryResultRow } from "pg";
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

/** SQL for a stored UTC timestamp as an ISO string, for timestamps inside JSON Postgres builds. */
export const sqlIsoTime = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const listeners = new Set<() => void>();

/** Calls `listener` for every statement sent here (tests count statements with it). */
export function onStatement(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function queryRows<R extends QueryResultRow>(statement: Statement, values: readonly unknown[]): Promise<R[]> {
  for (const listener of listeners) listener();
  const result = await getPool().query<R>({ name: statement.name, text: statement.text, values: values as unknown[], types });
  return result.rows;
}
