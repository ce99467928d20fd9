// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the last committed
// schema (git HEAD) to prisma/schema.prisma. `prisma migrate dev` needs a native engine that
// cannot be downloaded here, so migrations are diffed file-to-file instead.
// Usage: npm run db:migration -- <name>
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, removeDataDir, startEmbeddedPostgres, throwawayDataDir } from "@/lib/dev/embedded-postgres";
import { bin } from "@/lib/dev/run";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
  process.exit(2);
}

const hasMigrations = existsSync("prisma/migrations") && readdirSync("prisma/migrations").some((entry) => /^\d+_/.test(entry));
const from = hasMigrations ? committedSchemaFile() : null;

const dataDir = throwawayDataDir();
const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
try {
  const sql = execFileSync(
    bin("prisma"),
    ["migrate", "diff", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" },
  );
  if (/^-- This is an empty migration/m.test(sql)) {
    console.log("The schema has not changed since the last commit: no migration written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma/migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} finally {
  await db.stop();
  removeDataDir(dataDir);
}

function committedSchemaFile(): string {
  const file = path.join(tmpdir(), `factdesk-committed-schema-${process.pid}.prisma`);
  writeFileSync(file, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
  return file;
}
