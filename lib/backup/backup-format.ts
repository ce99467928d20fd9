// The Factdesk backup file: a gzip-compressed plain-SQL script, the same shape `pg_dump
// --format=plain --data-only` writes, so `gunzip -c FILE | psql` can read it too. The second
// line holds the manifest (which migrations made the schema, and per table its columns, row
// count and a fingerprint of its rows), which a restore checks before it commits.
// Data comes in Postgres's COPY text format: tabs separate fields, and backslashes, newlines
// and tabs inside values are escaped, so a data line is never the end marker `\.`.
import { z } from "zod";

export const BACKUP_FORMAT = "factdesk-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PREFIX = "-- manifest: ";
export const COPY_END = "\\.";

const ZTableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
});

export const ZBackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  /** Migrations applied to the database the backup was made from, oldest first. */
  migrations: z.array(z.string()),
  /** In the order they are written: every table after the tables it refers to. */
  tables: z.array(ZTableSchema),
});

export type TBackupManifest = z.infer<typeof ZBackupManifestSchema>;
export type TBackupTable = TBackupManifest["tables"][number];

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function copyStatement(table: Pick<TBackupTable, "name" | "columns">, direction: "FROM stdin" | "TO STDOUT"): string {
  return `COPY ${quoteIdentifier(table.name)} (${table.columns.map(quoteIdentifier).join(", ")}) ${direction}`;
}

/**
 * One query for every table's row count and fingerprint: the md5 of its rows' md5s in sorted
 * order, over the backed-up columns only (a later migration may add columns with defaults).
 */
export function fingerprintQuery(table: Pick<TBackupTable, "name" | "columns">): string {
  const row = `ROW(${table.columns.map((column) => `t.${quoteIdentifier(column)}`).join(", ")})::text`;
  return `SELECT count(*)::int AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS fingerprint FROM (SELECT md5(${row}) AS h FROM ${quoteIdentifier(table.name)} t) s`;
}

/** Backups are named by when they were made, so a folder of them sorts by time. */
export function backupFileName(now: Date): string {
  return `factdesk-${now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}.sql.gz`;
}
