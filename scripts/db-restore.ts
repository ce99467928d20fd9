// npm run db:restore FILE — loads a backup made by `npm run db:backup`.
// - With DATABASE_URL: into that database, which must be fresh (no rows; migrations are applied).
// - Embedded set-up: into a new database on the embedded server, checked, then swapped in for
//   the app's; the previous data is kept as database factdesk_before_restore_<time>. A running
//   app reconnects to the restored data by itself.
import { createReadStream, existsSync } from "node:fs";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { BackupError, readBackupManifest, restoreBackup } from "@/lib/backup/restore-backup";
import { applyMigrations } from "@/lib/dev/migrations";
import { openAppDatabase } from "./lib/app-database";

const log = (line: string) => console.log(`[db:restore] ${line}`);
const APP_DATABASE = "factdesk";

async function main() {
  const file = process.argv[2];
  if (!file || !existsSync(file)) throw new BackupError(file ? `There is no file ${file}.` : "Which backup? npm run db:restore backups/factdesk-….sql.gz");
  const open = () => createReadStream(file).pipe(createGunzip());
  const { createdAt } = await readBackupManifest(open());
  log(`Restoring the backup of ${createdAt}…`);
  const database = await openAppDatabase({ create: true, log });
  try {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const restoring = `${APP_DATABASE}_restore_${stamp}`;
    const target = database.embedded ? database.embedded.urlFor(restoring) : database.url;
    if (database.embedded) await sql(database.embedded.urlFor("postgres"), [`CREATE DATABASE "${restoring}"`]);
    try {
      await applyMigrations({ ...process.env, DATABASE_URL: target });
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      const manifest = await restoreBackup(client, open()).finally(() => client.end());
      const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      log(`Restored ${rows} rows in ${manifest.tables.length} tables from the backup of ${manifest.createdAt}; every table's rows match the backup's fingerprints.`);
    } catch (error) {
      if (database.embedded) await sql(database.embedded.urlFor("postgres"), [`DROP DATABASE IF EXISTS "${restoring}" WITH (FORCE)`]);
      throw error;
    }
    if (database.embedded) {
      const previous = `${APP_DATABASE}_before_restore_${stamp}`;
      await swapIn(database.embedded.urlFor("postgres"), restoring, previous);
      log(`The app's database is now the restored one; the data it had is kept as database "${previous}".`);
    }
  } finally {
    await database.close();
  }
}

/** Renames the restored database to the app's, cutting the app's connections (it reconnects). */
async function swapIn(maintenanceUrl: string, restored: string, previous: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      // One transaction: the app's database is never left without a name.
      await sql(maintenanceUrl, [
        "BEGIN",
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${APP_DATABASE}' AND pid <> pg_backend_pid()`,
        `ALTER DATABASE "${APP_DATABASE}" RENAME TO "${previous}"`,
        `ALTER DATABASE "${restored}" RENAME TO "${APP_DATABASE}"`,
        "COMMIT",
      ]);
      return;
    } catch (error) {
      // 55006: the app reconnected between terminating and renaming; try again.
      if ((error as { code?: string }).code !== "55006" || attempt === 10) throw error;
    }
  }
}

async function sql(url: string, statements: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:restore] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
