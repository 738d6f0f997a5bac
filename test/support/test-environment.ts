/**
 * What one test run shares: its own database and Redis key prefix, created by the global
 * setup and removed by the teardown, so runs never see each other's data.
 */
export const TEST_JWT_SECRET = 'gofar-test-secret-0123456789abcdef0123456789';
export const TEST_ADMIN_PASSWORD = 'admin-password-for-tests';
/** Two keys, as after a rotation: the first encrypts, both decrypt. */
export const TEST_DATA_ENCRYPTION_KEYS =
  'test2:z3Xi4SGEXvkybaaqZvZbmacJO3l0AOvlCQ/YdOUcjFI=,test1:1qipR0wI1dnIr+H0afb5r/UI6MdqNyWSL6WPPCtpuoQ=';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestRun {
  runId: string;
  databaseUrl: string;
  queuePrefix: string;
  adminEmail: string;
}

export function databaseUrl(name: string): string {
  return `${POSTGRES_URL}/${name}`;
}

/** The run set up by global-setup.ts (its values travel to test workers through the environment). */
export function testRun(): TestRun {
  const runId = process.env.GOFAR_TEST_RUN_ID;
  if (!runId)
    throw new Error('GOFAR_TEST_RUN_ID is not set: run the e2e tests through jest (npm test)');
  return {
    runId,
    databaseUrl: databaseUrl(`gofar_test_${runId}`),
    queuePrefix: `gofar-test-${runId}`,
    adminEmail: `admin-${runId}@gofar.test`,
  };
}
