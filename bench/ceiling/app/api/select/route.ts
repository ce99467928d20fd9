import { Pool } from "pg";

export const dynamic = "force-dynamic";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

/**
 * One `SELECT` of a row by its key with `pg`, returned as JSON: what any read that goes to the
 * database costs at least (a reference beside the reads' ceiling, not a budget).
 */
export async function GET() {
  const { rows } = await pool.query<{ id: number; text: string }>({ name: "ceiling-select", text: "SELECT id, text FROM bench_ceiling_insert WHERE id = $1", values: [1] });
  return Response.json({ row: rows[0] ?? null });
}
