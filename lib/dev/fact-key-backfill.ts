// Claims written before their fact terms were stored (the claim_fact_key migration) get them
// here, when the app starts and applies migrations: a few thousand a statement, so a large desk
// is filled in without holding a long transaction. Claims written since carry their own.
import pg from "pg";
import { factKey } from "@/lib/similarity/fact-terms";

const BATCH = 2_000;

/** Fills in every claim's missing fact key; returns how many it wrote. */
export async function backfillFactKeys(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let written = 0;
  try {
    for (;;) {
      const { rows } = await client.query<{ id: string; quote: string }>(`SELECT "id", "quote" FROM "Claim" WHERE "factKey" IS NULL ORDER BY "id" LIMIT ${BATCH}`);
      if (rows.length === 0) return written;
      await client.query(`UPDATE "Claim" c SET "factKey" = u."factKey" FROM unnest($1::text[], $2::text[]) AS u("id", "factKey") WHERE c."id" = u."id" AND c."factKey" IS NULL`, [
        rows.map((row) => row.id),
        rows.map((row) => factKey(row.quote)),
      ]);
      written += rows.length;
    }
  } finally {
    await client.end();
  }
}
