import { randomBytes } from 'node:crypto';
import {
  WORKER_ENTRY,
  processEnv,
  spawnProcess,
  startApi,
  type RunningApi,
  type RunningProcess,
} from './api-process.js';
import { createDatabase, dropDatabase, query } from './databases.js';
import { ApiClient } from './http-client.js';
import { databaseUrl, testRun } from './test-environment.js';
import { pause } from './timing.js';

/**
 * A whole installation of its own for one test file: a fresh database, a Redis prefix, an API
 * and as many workers as the test starts, all sending to the given SMTP URL. Tests that watch
 * queues and mail need this, so that no other file's worker takes their jobs.
 */
export class Stack {
  readonly workers: RunningProcess[] = [];
  private readonly extraApis: RunningApi[] = [];
  api!: RunningApi;
  client!: ApiClient;

  private constructor(
    readonly databaseName: string,
    readonly env: Record<string, string>,
  ) {}

  static async start(smtpUrl: string, overrides: Record<string, string> = {}): Promise<Stack> {
    const id = randomBytes(3).toString('hex');
    const databaseName = `gofar_test_${testRun().runId}_${id}`;
    await createDatabase(databaseName);
    const stack = new Stack(databaseName, {
      DATABASE_URL: databaseUrl(databaseName),
      QUEUE_PREFIX: `${testRun().queuePrefix}-${id}`,
      SMTP_URL: smtpUrl,
      ...overrides,
    });
    stack.api = await startApi(stack.env);
    stack.client = new ApiClient(stack.api.baseUrl);
    return stack;
  }

  /** Another API process on the same database and Redis. */
  async startApi(): Promise<ApiClient> {
    const another = await startApi(this.env);
    this.extraApis.push(another);
    return new ApiClient(another.baseUrl);
  }

  /** Starts a worker process and waits until it says it is ready. */
  async startWorker(overrides: Record<string, string> = {}): Promise<RunningProcess> {
    const worker = spawnProcess(
      WORKER_ENTRY,
      processEnv({ ...this.env, LOG_LEVEL: 'info', ...overrides }),
    );
    const deadline = Date.now() + 30_000;
    while (!worker.output().includes('Gofar worker ready')) {
      if (worker.child.exitCode !== null || Date.now() > deadline)
        throw new Error(`worker did not start:\n${worker.output()}`);
      await pause(50);
    }
    this.workers.push(worker);
    return worker;
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return query<T>(this.env.DATABASE_URL!, sql, params);
  }

  async stop(): Promise<void> {
    await Promise.all([
      ...this.workers.map((worker) => worker.stop()),
      ...this.extraApis.map((api) => api.stop()),
      this.api?.stop(),
    ]);
    await dropDatabase(this.databaseName);
  }
}
