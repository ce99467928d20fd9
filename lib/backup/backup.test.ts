import { createHash, randomUUID } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip, gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { applyMigrations } from "@/lib/dev/migrations";
import { ALL_CLAIMS } from "@/lib/reports/build-report";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addComment, editComment } from "@/lib/server/comments/comments";
import { getReport } from "@/lib/server/reports/get-report";
import { addSource } from "@/lib/server/sources/add-source";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { backupFileName } from "./backup-format";
import { BackupError, restoreBackup } from "./restore-backup";
import { writeBackup } from "./write-backup";

// Text COPY has to escape: tabs, backslashes, a line that is only the end marker, newlines,
// quotes, and characters beyond the Basic Multilingual Plane.
const TEXT = 'Minister Karin Olsen said\tthe budget is 4.2\\5 billion.\n\n\\.\n\nThe "Ørsted" line 🧪 opened in May 2024.';
const NOW = new Date("2026-12-02T10:00:00Z");
const created: string[] = [];
const serverUrl = (database: string) => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${database}` }).toString();

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(template?: string): Promise<string> {
  const name = `factdesk_restore_${randomUUID().replaceAll("-", "")}`;
  await withClient(process.env.DATABASE_URL!, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  created.push(name);
  return name;
}

const gunzipped = (backup: Buffer) => Readable.from(gunzipSync(backup));

/** Fails with the step's name when it has not finished in time, instead of running into the test's timeout unnamed. */
async function within<T>(step: string, work: Promise<T>, ms = 40_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
const reportFingerprint = (report: unknown) => createHash("sha256").update(JSON.stringify(report)).digest("hex");

afterAll(async () => {
  await withClient(process.env.DATABASE_URL!, async (client) => {
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe("backups", () => {
  it("a backup restored into a fresh database has every row, and the article's report is the same", { timeout: 120_000 }, async () => {
    const checker = await createTestUser("checker");
    const article = await createTestArticle(await createTestUser("editor"), TEXT);
    for (const quote of ["Karin Olsen", "4.2\\5 billion", "May 2024"]) {
      const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote, kind: "other", note: `Line one\nline\ttwo \\ ${quote}` } });
      await addSource({ actor: checker, claimId: claim.id, input: { url: "https://example.org/a?x=1&y=2", title: `Source for ${quote}` } });
      await addSource({ actor: checker, claimId: claim.id, input: { kind: "person", confidential: true, title: "Aide", contact: "555" } });
      await addComment({ actor: checker, claimId: claim.id, body: `Checked ${quote} 🧪` });
      // A reply whose question is edited afterwards, so the question is stored after its reply (the
      // foreign key is checked at the end of the COPY, not row by row).
      const question = await addComment({ actor: checker, claimId: claim.id, body: `Which ${quote}?` });
      await addComment({ actor: checker, claimId: claim.id, body: "That one.", replyTo: question.id });
      await editComment({ actor: checker, commentId: question.id, body: `Which ${quote}, exactly?` });
    }
    const report = () => getReport({ actor: checker, articleId: article.id, type: "verified", filters: ALL_CLAIMS, now: NOW });
    const before = reportFingerprint(await report());

    const compressed = new PassThrough();
    const chunks: Buffer[] = [];
    compressed.on("data", (chunk: Buffer) => chunks.push(chunk));
    const gzip = createGzip();
    const piping = pipeline(gzip, compressed);
    const manifest = await within(
      "writing the backup",
      withClient(process.env.DATABASE_URL!, (client) => writeBackup(client, gzip, NOW)),
    );
    gzip.end();
    await piping;
    const backup = Buffer.concat(chunks);
    expect(manifest.tables.map((table) => table.name)).toEqual(expect.arrayContaining(["User", "Article", "Claim", "Source", "Comment", "ActivityEvent"]));
    expect(manifest.tables.findIndex((table) => table.name === "Claim")).toBeGreaterThan(manifest.tables.findIndex((table) => table.name === "Article"));
    expect(manifest.tables.find((table) => table.name === "Claim")!.rows).toBeGreaterThanOrEqual(3);
    expect(manifest.migrations.length).toBeGreaterThan(0);

    const target = await within("creating the target database", freshDatabase());
    await within("migrating the target database", applyMigrations({ ...process.env, DATABASE_URL: serverUrl(target) }));
    const spare = await within("copying the migrated database", freshDatabase(target)); // an empty migrated copy, for the damaged-file case below
    const restored = await within(
      "restoring the backup",
      withClient(serverUrl(target), (client) => restoreBackup(client, Readable.from(backup).pipe(createGunzip()))),
    );
    expect(restored).toEqual(manifest);
    const counts = await withClient(serverUrl(target), async (client) =>
      Object.fromEntries(
        await Promise.all(
          manifest.tables.map(async (table) => [table.name, (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table.name}"`)).rows[0]!.n] as const),
        ),
      ),
    );
    expect(counts).toEqual(Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows])));

    // Restoring twice into the same database is refused: it is no longer empty.
    await expect(withClient(serverUrl(target), (client) => restoreBackup(client, gunzipped(backup)))).rejects.toThrow(/not empty/);

    // A changed row fails the fingerprint check and leaves the database as empty as it was.
    const text = gunzipSync(backup).toString("utf8");
    const damaged = text.replace("Checked Karin Olsen", "Checked Karen Olsen");
    expect(damaged).not.toBe(text);
    await expect(withClient(serverUrl(spare), (client) => restoreBackup(client, Readable.from(gunzipSync(gzipSync(damaged)))))).rejects.toThrow(BackupError);
    expect(await withClient(serverUrl(spare), async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment"`)).rows[0]!.n)).toBe(0);
    // A file cut short is refused too.
    await expect(withClient(serverUrl(spare), (client) => restoreBackup(client, Readable.from(text.slice(0, Math.floor(text.length * 0.8)))))).rejects.toThrow(/cut short|rows/);
    // Cut inside a table's rows (the COPY under way): refused, not left waiting for the rows' end.
    const commentRows = text.indexOf("\n", text.indexOf('COPY "Comment"') + 1);
    const cutInRows = text.slice(0, text.indexOf("\n", commentRows + 1) + 1);
    await within(
      "refusing a file cut inside a table's rows",
      expect(withClient(serverUrl(spare), (client) => restoreBackup(client, Readable.from(cutInRows)))).rejects.toThrow(/ends inside the rows of Comment/),
    );
    await expect(withClient(serverUrl(spare), (client) => restoreBackup(client, Readable.from("hello\n")))).rejects.toThrow(/not a Factdesk backup/);

    // The same report, read from the restored database by a fresh copy of the app's modules.
    const original = process.env.DATABASE_URL;
    const connections = globalThis as unknown as { factdeskPrisma?: unknown; factdeskPool?: unknown };
    const { factdeskPrisma: originalClient, factdeskPool: originalPool } = connections;
    try {
      process.env.DATABASE_URL = serverUrl(target);
      connections.factdeskPrisma = undefined;
      connections.factdeskPool = undefined;
      vi.resetModules();
      const fresh = await within("importing fresh modules", import("@/lib/server/reports/get-report"));
      const { disconnectDb, getDb } = await within("importing a fresh db module", import("@/lib/server/db"));
      expect((await within("asking the restored database its name", getDb().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`))[0]!.name).toBe(target);
      const after = reportFingerprint(
        await within("reading the report from the restored database", fresh.getReport({ actor: checker, articleId: article.id, type: "verified", filters: ALL_CLAIMS, now: NOW })),
      );
      expect(after).toBe(before);
      await within("closing the fresh connections", disconnectDb());
    } finally {
      process.env.DATABASE_URL = original;
      connections.factdeskPrisma = originalClient;
      connections.factdeskPool = originalPool;
    }
  });

  it("names backups by the time they were made, so a folder of them sorts by time", () => {
    expect(backupFileName(new Date("2026-12-02T03:04:05.678Z"))).toBe("factdesk-20261202T030405Z.sql.gz");
  });
});
