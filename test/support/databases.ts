import pg from 'pg';
import { databaseUrl, POSTGRES_URL } from './test-environment.js';

async function withMaintenanceClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function createDatabase(name: string): Promise<void> {
  return withMaintenanceClient(async (client) => {
    await client.query(`CREATE DATABASE ${quoted(name)}`);
  });
}

export function dropDatabase(name: string): Promise<void> {
  return withMaintenanceClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
  });
}

/** Runs one query against a test database and returns its rows. */
export async function query<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export { POSTGRES_URL };
