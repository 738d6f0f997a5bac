import { randomBytes } from 'node:crypto';
import { startApi } from './support/api-process.js';
import { createDatabase, dropDatabase, query } from './support/databases.js';
import { databaseUrl, testRun } from './support/test-environment.js';

/** Process ids that still exist. */
const alive = (pids: number[]) =>
  pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });

describe('API_PROCESSES: one API on several processes', () => {
  it('three processes on an empty database: migrations once, requests spread, SIGTERM stops them all cleanly', async () => {
    const name = `gofar_test_${testRun().runId}_cluster_${randomBytes(3).toString('hex')}`;
    await createDatabase(name);
    const url = databaseUrl(name);
    const api = await startApi(
      { DATABASE_URL: url, API_PROCESSES: '3', LOG_LEVEL: 'info' },
      90_000,
    );
    try {
      const migrations = await query<{ count: string }>(
        url,
        'SELECT count(*) FROM migrations GROUP BY name',
      );
      expect(migrations.length).toBeGreaterThan(0);
      expect(migrations.every((row) => row.count === '1')).toBe(true);

      // Wait until all three listen, then send requests on new connections.
      const deadline = Date.now() + 60_000;
      let listening = 0;
      while (listening < 3 && Date.now() < deadline) {
        listening = api.transcript().split('Gofar API listening on port').length - 1;
        await new Promise((wait) => setTimeout(wait, 100));
      }
      expect(listening).toBe(3);
      for (let round = 0; round < 60; round += 1) {
        const response = await fetch(`${api.baseUrl}/api/v1/events?limit=1`, {
          headers: { connection: 'close' },
        });
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      }
      const lines = api
        .transcript()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { pid: number; msg?: string; req?: { url: string } });
      const served = new Set(
        lines.filter((line) => line.req?.url.startsWith('/api/v1/events')).map((line) => line.pid),
      );
      expect(served.size).toBeGreaterThanOrEqual(2);
      expect(lines.filter((line) => line.msg?.startsWith('Applied migrations'))).toHaveLength(1);

      const pids = [...new Set(lines.map((line) => line.pid))];
      expect(await api.stop(20_000)).toBe(0);
      expect(api.transcript()).not.toMatch(/stopped before it served|starting it again/);
      await new Promise((wait) => setTimeout(wait, 500));
      expect(alive(pids)).toEqual([]);
    } finally {
      await api.stop();
      await dropDatabase(name);
    }
  });
});
