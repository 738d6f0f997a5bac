import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { NotificationKind, NotificationStatus } from './notification-kind.js';

/**
 * The notifications table (the contract's delivery log): one row per notification key (kind,
 * subject, recipient, fireAt), unique in the database. Written with the change that causes it; the worker moves it through
 * scheduled → sending → sent (or failed / skipped) and never sends a key that is `sent`.
 */
@Entity('notifications')
@Unique('notifications_key', ['kind', 'subjectId', 'recipientId', 'fireAt'])
@Index(['eventId', 'createdAt'])
@Index('notifications_event_fire_at', { synchronize: false })
@Index('notifications_scheduled_fire_at', { synchronize: false })
@Index('notifications_sending_since', { synchronize: false })
@Check(
  'notifications_status_known',
  `"status" IN ('scheduled', 'sending', 'sent', 'failed', 'skipped')`,
)
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** What the notification is about: the user, organization, registration, session… */
  @Column('uuid')
  subjectId!: string;

  /** The user it goes to; the address is read when it is sent. */
  @Column('uuid')
  recipientId!: string;

  /** When it is due; for immediate notifications, the moment of the change. */
  @Column({ type: 'timestamptz' })
  fireAt!: Date;

  /** The event it belongs to, when it belongs to one (for the event's notifications). */
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  /** Extra ids or values the message needs (never personal data beyond ids). */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  data!: Record<string, string | number | boolean | null>;

  @Column({ type: 'text', default: 'scheduled' })
  status!: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** The address it was last sent or tried to. */
  @Column({ type: 'text', nullable: true })
  recipientEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Why it was skipped or failed, in words. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
