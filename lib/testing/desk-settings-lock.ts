import pg from "pg";

/**
 * The desk settings are one row that every test file shares, and test files run in parallel:
 * a test that changes them runs inside this (a Postgres advisory lock held for its duration), so
 * no other such test sees its settings or loses a version race to it.
 */
export async function withDeskSettingsToMyself<T>(work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('factdesk-test:desk-settings'))");
    return await work();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
