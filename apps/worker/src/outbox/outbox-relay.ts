import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { errorSummary } from '#db/log-safe-error.js';
import { poolQuery } from '#db/pool-query.js';
import { inTransaction } from '#db/transaction.js';
import { JobQueues, type JobName } from '#queue/index.js';

const BATCH = 500;
/**
 * The relay polls, it is not woken: a NOTIFY on every commit that writes the outbox made
 * PostgreSQL serialise those commits (a quarter of a registration rush's throughput). The
 * interval adapts: right after rows were found it looks again soon, and each empty look doubles
 * the wait up to the idle interval, so a quiet worker costs a few cheap queries a second and a
 * busy one relays within tens of milliseconds.
 */
export const RELAY_BUSY_INTERVAL_MS = 20;
export const RELAY_IDLE_INTERVAL_MS = 250;

/** The next wait: short after work, doubling while idle, never above the idle interval. */
export function nextRelayInterval(previousMs: number, foundRows: boolean): number {
  if (foundRows) return RELAY_BUSY_INTERVAL_MS;
  return Math.min(previousMs * 2, RELAY_IDLE_INTERVAL_MS);
}

interface OutboxRow {
  id: string;
  job_name: JobName;
  job_id: string;
  payload: object;
  run_at: Date;
}

/**
 * Moves committed outbox rows to BullMQ. Rows are locked with FOR UPDATE SKIP LOCKED, so several
 * workers share the work without taking the same row; a row is deleted only after its job was
 * added, in the same transaction. A crash between the two re-adds the job with the same id,
 * which BullMQ ignores (and the notifications table would refuse anyway).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private interval = RELAY_BUSY_INTERVAL_MS;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.poll()
        .then(
          (found) => (this.interval = nextRelayInterval(this.interval, found)),
          (error: Error) => {
            this.logger.error(`Relay failed: ${errorSummary(error)}`);
            this.interval = RELAY_IDLE_INTERVAL_MS;
          },
        )
        .then(() => {
          this.running = null;
          this.schedule(this.interval);
        });
    }, delayMs);
  }

  /** One look at the outbox (a single cheap query while it is empty); drains it if not. */
  private async poll(): Promise<boolean> {
    const [pending] = await poolQuery<{ any: boolean }>(
      this.dataSource,
      `SELECT EXISTS (SELECT 1 FROM outbox) AS any`,
      [],
    );
    if (!pending?.any) return false;
    await this.drain();
    return true;
  }

  /** Relays batches until the outbox is empty (of rows this process may take). */
  private async drain(): Promise<void> {
    while (!this.stopped && (await this.relayBatch()) === BATCH) {
      // a full batch: there may be more
    }
  }

  private relayBatch(): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, job_name, job_id, payload, run_at FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (!rows.length) return 0;
      await this.queues.add(
        rows.map((row) => ({
          name: row.job_name,
          jobId: row.job_id,
          payload: row.payload,
          runAt: new Date(row.run_at),
        })),
      );
      await manager.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }
}
