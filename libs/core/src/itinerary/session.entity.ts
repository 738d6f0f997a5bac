import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Event } from '../events/event.entity.js';
import type { SessionStatus, SessionType, Venue } from './session-type.js';

/**
 * One item of an itinerary. Its instants are absolute (UTC); `timezone` is where it starts and
 * `endTimezone` where it ends (a flight ends in another zone).
 */
@Entity('sessions')
@Index(['eventId', 'status', 'startsAt'])
@Index(['eventId', 'venueKey'])
@Index('sessions_updated_at', { synchronize: false })
@Check('sessions_ends_after_start', '"ends_at" > "starts_at"')
@Check('sessions_status_known', `"status" IN ('scheduled', 'cancelled')`)
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  type!: SessionType;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  timezone!: string;

  @Column({ type: 'text' })
  endTimezone!: string;

  @Column({ type: 'jsonb', nullable: true })
  venue!: Venue | null;

  /** Lower-cased venue name and city: two sessions with the same key may not overlap. */
  @Column({ type: 'text', nullable: true })
  venueKey!: string | null;

  @Column({ type: 'boolean', default: false })
  mandatory!: boolean;

  /** Rises by one on every change (the calendar SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ type: 'text', default: 'scheduled' })
  status!: SessionStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
