/**
 * Logistics planning, end to end against a baseline in the same run. One measurement per file
 * under bench/logistics/; each gets its own organization and event in one bench database and
 * one API process.
 *
 *   npm run build && node dist/bench/logistics.js [runs=10]
 *
 * - room assignment: 300 participants in 120 rooms (bench/logistics/room-assignment.ts)
 * - pickup planning: 1,000 arrivals at one airport (bench/logistics/pickup-planning.ts)
 */
import pg from 'pg';
import { measurePickupPlanning, PICKUP_BENCH_KEY } from './logistics/pickup-planning.js';
import { measureRoomAssignment, type TimedSeries } from './logistics/room-assignment.js';
import { createBenchDatabase, machine, startBenchApi } from './support.js';

const RUNS = Number(process.argv[2] ?? 10);

function print(results: TimedSeries[]): void {
  for (const result of results)
    console.log(
      `${result.label.padEnd(56)} median ${result.median.toFixed(1).padStart(7)} ms  worst ${result.worst.toFixed(1).padStart(7)} ms  (${result.runs} runs)`,
    );
  const [baseline, measured] = [results[0]!, results[results.length - 1]!];
  console.log(
    `${'ratio (in memory / HTTP, medians)'.padEnd(56)} ${(baseline.median / measured.median).toFixed(4)}`,
  );
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const api = await startBenchApi(database, {
    // The bench seals passports with its own key, so the API must hold it.
    env: {
      DATA_ENCRYPTION_KEYS: `${PICKUP_BENCH_KEY.id}:${PICKUP_BENCH_KEY.key.toString('base64')}`,
    },
  });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  try {
    console.log(`machine: ${machine()}`);
    print(
      await measureRoomAssignment(pool, api.baseUrl, {
        participants: 300,
        rooms: 120,
        beds: 3,
        runs: RUNS,
      }),
    );
    print(await measurePickupPlanning(pool, api.baseUrl, { arrivals: 1000, runs: RUNS }));
  } finally {
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
