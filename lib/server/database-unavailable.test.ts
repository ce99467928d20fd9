import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { freePort } from "@/lib/dev/embedded-postgres";
import { errorResponse } from "@/lib/http/api-route";
import { isDatabaseUnavailable } from "./database-unavailable";

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
});
