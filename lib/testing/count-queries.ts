import { getDb } from "@/lib/server/db";
import { onStatement } from "@/lib/server/sql";

/** Runs `work` and returns how many SQL statements it sent: Prisma logs each of its own as an event, lib/server/sql.ts tells of the rest. */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  // $on is typed only when the client is built with query logging (lib/server/db.ts turns it on in tests).
  const db = getDb() as unknown as { $on: (event: "query", listener: () => void) => void };
  let queries = 0;
  let counting = true;
  db.$on("query", () => {
    if (counting) queries += 1;
  });
  const stop = onStatement(() => {
    if (counting) queries += 1;
  });
  const result = await work().finally(stop);
  counting = false;
  return { result, queries };
}
