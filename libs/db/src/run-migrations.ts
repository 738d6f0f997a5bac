import type { DataSource } from 'typeorm';

/** Any constant shared by every Gofar process: the advisory lock that serialises start-up work. */
const STARTUP_LOCK_KEY = 0x60fa_2026;

/**
 * Runs `work` while holding a PostgreSQL session advisory lock, so that several processes
 * starting at once apply migrations and create the first admin one after the other.
 */
export async function withStartupLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
