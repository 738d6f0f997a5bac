import type pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A statement sent straight to the pg pool behind the DataSource: for the few queries run once
 * per email, where TypeORM's query runner (made, connected and released around every query)
 * costs more CPU than the query itself. Outside any transaction; plain rows back.
 */
export async function poolQuery<Row>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const result = await pool.query(sql, parameters);
  return result.rows as Row[];
}

/**
 * `poolQuery` as a named prepared statement: each pooled connection parses and plans `sql`
 * once, then only binds the values. For the statements of hot paths (the caller's user on
 * every request, a registration rush); `name` must be unique to `sql`.
 */
export async function preparedQuery<Row>(
  dataSource: DataSource,
  name: string,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const result = await pool.query({ name, text: sql, values: parameters });
  return result.rows as Row[];
}
