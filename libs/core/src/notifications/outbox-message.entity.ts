import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job waiting to reach Redis. Written in the same transaction as the change that causes it,
 * moved to BullMQ by the worker's relay and deleted there, so nothing is lost between
 * PostgreSQL and Redis.
 */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  jobName!: string;

  /** Deterministic: adding a job whose id exists is a no-op in BullMQ. */
  @Column({ type: 'text' })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** When the job should run; a later time becomes a BullMQ delay. */
  @Column({ type: 'timestamptz' })
  runAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
