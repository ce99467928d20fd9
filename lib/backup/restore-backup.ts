// Loads a backup into an empty, migrated database in one transaction, and commits only when
// every table's row count and fingerprint match the backup's manifest. Only the COPY statements
// the manifest describes are run (built here, never read from the file), so a tampered file
// can put wrong rows in (and fail the fingerprint check) but cannot run SQL.
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { COPY_END, copyStatement, fingerprintQuery, MANIFEST_PREFIX, quoteIdentifier, ZBackupManifestSchema, type TBackupManifest } from "./backup-format";
import { appliedMigrations, columnSequences, tablesInLoadOrder } from "./database-catalog";

export class BackupError extends Error {}

/**
 * `input` is the backup's SQL text (decompressed). The target must already have the schema of
 * the backup's migrations or a later one (see scripts/db-restore.ts, which applies them).
 */
export async function restoreBackup(client: pg.Client, input: Readable): Promise<TBackupManifest> {
  const lines = lineReader(input);
  const manifest = await readManifest(lines);
  await assertReadyFor(client, manifest);

  await client.query("BEGIN");
  try {
    for (const table of manifest.tables) {
      const statement = `${copyStatement(table, "FROM stdin")};`;
      await skipTo(lines, statement, table.name);
      const copy = client.query(copyFrom(copyStatement(table, "FROM stdin")));
      // Postgres may refuse a row while we are still reading the file: keep the error for later.
      let refused: unknown = null;
      copy.on("error", (error) => (refused ??= error));
      try {
        for (;;) {
          const line = await lines.next();
          if (line === null) throw new BackupError(`The backup ends inside the rows of ${table.name}: the file is cut short.`);
          if (line === COPY_END || refused) break;
          if (!copy.write(`${line}\n`)) await once(copy, "drain");
        }
      } catch (error) {
        // The COPY is still open: fail it (CopyFail), or the connection would wait for its end
        // forever and the ROLLBACK below would never run.
        copy.destroy(error as Error);
        await finished(copy).catch(() => {});
        throw error;
      }
      if (refused) throw new BackupError(`${table.name}: Postgres refused a row of the backup (${(refused as Error).message}). Nothing was restored.`);
      copy.end();
      await finished(copy);
    }
    await assertMatches(client, manifest);
    for (const { table, column, sequence } of await columnSequences(client)) {
      await client.query(`SELECT setval($1, coalesce((SELECT max(${quoteIdentifier(column)}) FROM ${quoteIdentifier(table)}), 0) + 1, false)`, [sequence]);
    }
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** The manifest alone, to refuse a file that is no backup before anything is created for it. */
export async function readBackupManifest(input: Readable): Promise<TBackupManifest> {
  try {
    return await readManifest(lineReader(input));
  } catch (error) {
    if (/^Z_/.test((error as { code?: string }).code ?? "")) throw new BackupError("This is not a Factdesk backup: it is not gzip-compressed, or it is damaged.");
    throw error;
  } finally {
    input.destroy();
  }
}

/** Reads the header up to the manifest line. */
async function readManifest(lines: LineReader): Promise<TBackupManifest> {
  for (let index = 0; index < 5; index++) {
    const line = await lines.next();
    if (line === null) break;
    if (!line.startsWith(MANIFEST_PREFIX)) continue;
    let json: unknown;
    try {
      json = JSON.parse(line.slice(MANIFEST_PREFIX.length));
    } catch {
      throw new BackupError("The backup's manifest is not valid JSON: the file is damaged.");
    }
    const parsed = ZBackupManifestSchema.safeParse(json);
    if (!parsed.success) throw new BackupError(`This is not a Factdesk backup this version can read (${parsed.error.issues[0]?.message}).`);
    return parsed.data;
  }
  throw new BackupError("This is not a Factdesk backup: it has no manifest line. (Is it still compressed, or a pg_dump file?)");
}

async function assertReadyFor(client: pg.Client, manifest: TBackupManifest): Promise<void> {
  const applied = new Set(await appliedMigrations(client));
  const missing = manifest.migrations.filter((migration) => !applied.has(migration));
  if (missing.length > 0) {
    throw new BackupError(
      `The target database lacks ${missing.length} migration(s) the backup was made with (first: ${missing[0]}). Restore with the Factdesk version that made the backup, or a later one.`,
    );
  }
  const present = new Map((await tablesInLoadOrder(client)).map((table) => [table.name, new Set(table.columns)]));
  for (const table of manifest.tables) {
    const columns = present.get(table.name);
    const gone = columns ? table.columns.filter((column) => !columns.has(column)) : ["(the whole table)"];
    if (gone.length > 0) throw new BackupError(`The target database has no ${table.name}.${gone[0]}, which the backup holds: restore with the Factdesk version that made it.`);
  }
  for (const name of present.keys()) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdentifier(name)}) AS any`);
    if (rows[0]!.any) throw new BackupError(`The target database is not empty (${name} has rows). Restore into a fresh database.`);
  }
}

async function skipTo(lines: LineReader, statement: string, table: string): Promise<void> {
  for (;;) {
    const line = await lines.next();
    if (line === null) throw new BackupError(`The backup ends before the rows of ${table}: the file is cut short.`);
    if (line === statement) return;
    if (line.startsWith("COPY ")) throw new BackupError(`The backup's rows are out of order: expected ${table}, found "${line.slice(0, 80)}".`);
  }
}

async function assertMatches(client: pg.Client, manifest: TBackupManifest): Promise<void> {
  for (const table of manifest.tables) {
    const { rows } = await client.query<{ rows: number; fingerprint: string }>(fingerprintQuery(table));
    const loaded = rows[0]!;
    if (loaded.rows !== table.rows) throw new BackupError(`${table.name}: the backup lists ${table.rows} rows but ${loaded.rows} were loaded. Nothing was restored.`);
    if (loaded.fingerprint !== table.fingerprint)
      throw new BackupError(`${table.name}: the loaded rows differ from the backup's fingerprint (the file was changed). Nothing was restored.`);
  }
}

type LineReader = { next: () => Promise<string | null> };

function lineReader(input: Readable): LineReader {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return {
    next: async () => {
      const result: IteratorResult<string, unknown> = await lines.next();
      return result.done ? null : result.value;
    },
  };
}
