import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#config/index.js';
import { errorSummary } from '#db/log-safe-error.js';
import { inTransaction } from '#db/transaction.js';
import { JobQueues, type JobName } from '#queue/index.js';

const BATCH = 500;
/** A safety net: NOTIFY wakes the relay at once; the poll catches anything a lost connection missed. */
const POLL_INTERVAL_MS = 1000;
const CHANNEL = 'gofar_outbox';

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
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.wake(), POLL_INTERVAL_MS);
    this.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Starts a drain, or asks the running one to go round once more. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: Error) => this.logger.error(`Relay failed: ${errorSummary(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
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

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.databaseUrl,
      application_name: 'gofar-worker-relay',
    });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      // The poll keeps relaying; reconnect so wake-ups come back.
      this.logger.warn(`Relay listener lost its connection: ${errorSummary(error)}`);
      this.listener = null;
      if (!this.stopped)
        setTimeout(() => void this.listen().catch(() => undefined), POLL_INTERVAL_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }
}
