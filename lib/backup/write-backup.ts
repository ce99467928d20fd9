// Writes a backup of every Factdesk table from one consistent snapshot (a repeatable-read,
// read-only transaction), streaming rows with COPY so a large database is never held in memory.
import { once } from "node:events";
import type { Writable } from "node:stream";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, COPY_END, copyStatement, fingerprintQuery, MANIFEST_PREFIX, type TBackupManifest, type TBackupTable } from "./backup-format";
import { appliedMigrations, tablesInLoadOrder } from "./database-catalog";

/** Writes the backup's SQL text to `out` (compress it on the way, see scripts/db-backup.ts) and returns its manifest. */
export async function writeBackup(client: pg.Client, out: Writable, now = new Date()): Promise<TBackupManifest> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables: TBackupTable[] = [];
    for (const table of await tablesInLoadOrder(client)) {
      const { rows } = await client.query<{ rows: number; fingerprint: string }>(fingerprintQuery(table));
      tables.push({ ...table, rows: rows[0]!.rows, fingerprint: rows[0]!.fingerprint });
    }
    const manifest: TBackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(client),
      tables,
    };
    await write(out, `-- Factdesk backup, ${manifest.createdAt}. Restore with: npm run db:restore FILE\n${MANIFEST_PREFIX}${JSON.stringify(manifest)}\n`);
    await write(out, "SET client_encoding = 'UTF8';\n");
    for (const table of tables) {
      await write(out, `\n${copyStatement(table, "FROM stdin")};\n`);
      for await (const chunk of client.query(copyTo(copyStatement(table, "TO STDOUT")))) await write(out, chunk as Buffer);
      await write(out, `${COPY_END}\n`);
    }
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
