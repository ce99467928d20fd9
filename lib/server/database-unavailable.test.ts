import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { freePort } from "@/lib/dev/embedded-postgres";
import { errorResponse } from "@/lib/http/api-route";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import pg from "pg";
import { updateArticleSettings } from "./articles/update-article-settings";
import { getDb } from "./db";
import { isDatabaseBusy, isDatabaseUnavailable } from "./database-unavailable";

describe("a database that does not answer", () => {
  it("is told apart from a bug, through the driver, the adapter and Prisma", async () => {
    // A real client against a port where nothing listens, as while Postgres restarts.
    const port = await freePort();
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://factdesk:x@127.0.0.1:${port}/factdesk`, connectionTimeoutMillis: 2_000 }) });
    const error = await db.$queryRaw`SELECT 1`.then(
      () => null,
      (caught: unknown) => caught,
    );
    await db.$disconnect();
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);

    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) }))).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });

  it("answers 503 with Retry-After, not 500", async () => {
    const originalError = console.error;
    console.error = () => {};
    const response = errorResponse(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    console.error = originalError;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: "The database is not answering right now; nothing was changed. Try again in a few seconds." });
  });

  it("a change that waits on another's lock past its transaction's time answers 503 and leaves nothing behind", { timeout: 30_000 }, async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, "Text.");
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, [article.id]);
    const error = await updateArticleSettings({ actor: editor, articleId: article.id, input: { publishedUrl: "https://news.example/late" } }).then(
      () => null,
      (caught: unknown) => caught,
    );
    await holder.query("COMMIT");
    await holder.end();
    expect(isDatabaseBusy(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
    const originalError = console.error;
    console.error = () => {};
    const response = errorResponse(error);
    console.error = originalError;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { publishedUrl: true, version: true } });
    expect(stored).toEqual({ publishedUrl: article.publishedUrl, version: article.version });
    expect(isDatabaseBusy(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });
});
