// Once per run (plain ESM: Jest loads global hooks outside its module mapper): a fresh database
// named after the run. Its id reaches the test workers through the environment.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';

export default async function globalSetup() {
  // The integration and e2e projects both name this hook: the run is set up once.
  if (process.env.GOFAR_TEST_RUN_ID) return;
  if (!existsSync('dist/apps/api/src/main.js'))
    throw new Error('dist/ is missing: build first (npm test does, via pretest)');
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  process.env.GOFAR_TEST_RUN_ID = runId;
  const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "gofar_test_${runId}"`);
  } finally {
    await client.end();
  }
}
