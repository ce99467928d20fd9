import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { stopListening } from "./db-listener";
import { serverEnv } from "./env";

const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient; factdeskPool?: Pool };

/**
 * The one connection pool of this process, shared by Prisma (through its adapter) and by the few
 * hot paths that send SQL themselves (lib/server/sql.ts).
 */
export function getPool(): Pool {
  if (!globalForPrisma.factdeskPool) {
    globalForPrisma.factdeskPool = new Pool({
      connectionString: serverEnv().DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // While Postgres is away, a request fails after these instead of hanging (and answers 503);
      // the pool opens new connections by itself once the database is back.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
      query_timeout: Number(process.env.DATABASE_QUERY_TIMEOUT_MS ?? 60_000),
      // A write that waits on another's row lock gives up after this (and answers 503, try
      // again) instead of outliving its transaction's 5 s and failing half-way.
      options: `-c lock_timeout=${Number(process.env.DATABASE_LOCK_TIMEOUT_MS ?? 4_000)}`,
    });
    // An idle connection that dies (Postgres restarting, a failover) is dropped by the pool and
    // replaced on demand; unheard, the pool's error event would end the process.
    globalForPrisma.factdeskPool.on("error", (error) => console.error("A database connection was lost while idle:", error.message));
  }
  return globalForPrisma.factdeskPool;
}

function createClient(): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(getPool()),
    // Password hashes are never read unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    // Tests and benchmarks count the SQL statements an operation costs (lib/testing/count-queries.ts).
    log: process.env.NODE_ENV === "test" || process.env.FACTDESK_COUNT_QUERIES === "1" ? [{ level: "query", emit: "event" }] : [],
  });
}

/** The one Prisma client of this process, reused across hot reloads in development. */
export function getDb(): PrismaClient {
  if (!globalForPrisma.factdeskPrisma) globalForPrisma.factdeskPrisma = createClient();
  return globalForPrisma.factdeskPrisma;
}

/** Closes this process's Prisma client, pool and listening connection (scripts and tests, when they are done). */
export async function disconnectDb(): Promise<void> {
  const { factdeskPrisma, factdeskPool } = globalForPrisma;
  globalForPrisma.factdeskPrisma = undefined;
  globalForPrisma.factdeskPool = undefined;
  const closing = (async () => {
    await stopListening();
    await factdeskPrisma?.$disconnect();
    await factdeskPool?.end();
  })();
  // A connection still checked out (a query cut short) must not keep the caller waiting forever.
  await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
}
