import { Pool } from "pg";

export const dynamic = "force-dynamic";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

/** Reads a JSON body and does one INSERT with `pg`: the least a write can cost. */
export async function POST(request: Request) {
  const body = (await request.json()) as { text?: unknown };
  const text = typeof body.text === "string" ? body.text : "";
  const { rows } = await pool.query<{ id: number }>("INSERT INTO bench_ceiling_insert (text) VALUES ($1) RETURNING id", [text]);
  return Response.json({ id: rows[0]?.id }, { status: 201 });
}
