// What a backup needs to know of the database it reads or fills: the app's tables with their
// columns, in an order where every table comes after the tables its foreign keys point to.
import type pg from "pg";

const MIGRATIONS_TABLE = "_prisma_migrations";

export async function tablesInLoadOrder(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT c.table_name AS "table", c.column_name AS "column"
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> $1 AND c.is_generated = 'NEVER'
      ORDER BY c.table_name, c.ordinal_position`,
    [MIGRATIONS_TABLE],
  );
  const { rows: references } = await client.query<{ table: string; references: string }>(
    `SELECT DISTINCT child.relname AS "table", parent.relname AS "references"
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
      WHERE k.contype = 'f' AND child.relnamespace = current_schema()::regnamespace AND child.oid <> parent.oid`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
  const parents = new Map<string, Set<string>>([...tables.keys()].map((table) => [table, new Set<string>()]));
  for (const { table, references: parent } of references) parents.get(table)?.add(parent);

  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.size) {
    const ready = [...tables.keys()].filter((table) => !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent) || !tables.has(parent)));
    if (ready.length === 0)
      throw new Error(`The tables ${[...tables.keys()].filter((table) => !placed.has(table)).join(", ")} refer to each other in a cycle; a backup cannot order them.`);
    for (const table of ready.sort()) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered.map((name) => ({ name, columns: tables.get(name)! }));
}

/** Names of the migrations applied to this database, oldest first; empty when none are. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows: exists } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`"${MIGRATIONS_TABLE}"`]);
  if (!exists[0]!.exists) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** Sequences behind serial or identity columns, so a restore can move them past the loaded rows. */
export async function columnSequences(client: pg.ClientBase): Promise<{ table: string; column: string; sequence: string }[]> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string | null }>(
    `SELECT table_name AS "table", column_name AS "column", pg_get_serial_sequence(format('%I', table_name), column_name) AS sequence
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> $1`,
    [MIGRATIONS_TABLE],
  );
  return rows.filter((row): row is { table: string; column: string; sequence: string } => row.sequence !== null);
}
