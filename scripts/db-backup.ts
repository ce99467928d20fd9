// npm run db:backup [FILE] — a consistent, compressed backup of Factdesk's data while the app
// keeps running (lib/backup/). Without FILE it goes to backups/factdesk-<UTC time>.sql.gz.
// Works on DATABASE_URL or, without it, on the embedded database of `npm start`.
import { mkdirSync, renameSync, rmSync, statSync, createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { backupFileName } from "@/lib/backup/backup-format";
import { writeBackup } from "@/lib/backup/write-backup";
import { openAppDatabase } from "./lib/app-database";

const log = (line: string) => console.log(`[db:backup] ${line}`);

async function main() {
  const file = path.resolve(process.argv[2] ?? path.join("backups", backupFileName(new Date())));
  const partial = `${file}.partial`;
  mkdirSync(path.dirname(file), { recursive: true });
  const database = await openAppDatabase({ create: false, log });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial));
    const manifest = await writeBackup(client, gzip);
    gzip.end();
    await written;
    renameSync(partial, file); // a backup file that exists is a whole one
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(
      `Backed up ${rows} rows in ${manifest.tables.length} tables (schema at ${manifest.migrations.at(-1)}) to ${path.relative(process.cwd(), file)} (${(statSync(file).size / 1024).toFixed(0)} KiB).`,
    );
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:backup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
