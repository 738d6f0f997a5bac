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
import { Organization } from '../organizations/index.js';
import type {
  EventKind,
  EventStatus,
  ItineraryVisibility,
  LetterSignatory,
} from './event-status.js';

@Entity('events')
@Check('events_capacity_positive', '"capacity" > 0')
@Check('events_seats_within_capacity', '"seats_taken" >= 0 AND "seats_taken" <= "capacity"')
@Check('events_dates_ordered', '"ends_on" >= "starts_on"')
@Check(
  'events_default_quota_non_negative',
  '"default_country_quota" IS NULL OR "default_country_quota" >= 0',
)
@Check('events_status_known', `"status" IN ('draft', 'published', 'cancelled')`)
@Check('events_kind_known', `"kind" IN ('workshop', 'forum', 'conference', 'seminar', 'other')`)
@Check('events_itinerary_visibility_known', `"itinerary_visibility" IN ('public', 'participants')`)
@Index(['organizationId'])
@Index(['status', 'startsOn'])
@Index('events_list_order', { synchronize: false })
@Index('events_reminders_changed_at', { synchronize: false })
@Index('events_published_ends_on', { synchronize: false })
@Index('events_reminders_from', { synchronize: false })
@Index('events_mission_reminder_lead', { synchronize: false })
export class Event {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** IANA zone of the event's home; local dates below are calendar dates there. */
  @Column({ type: 'text' })
  timezone!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  /**
   * When the programme begins: the first session's start, or 00:00 of startsOn in the event's
   * zone while it has none. Kept on the row (set with every change that moves it) so lists and
   * reminder planning read it without zone arithmetic.
   */
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  /** Caps on confirmed registrations per ISO 3166-1 alpha-2 nationality. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  countryQuotas!: Record<string, number>;

  /** Cap for nationalities absent from countryQuotas; null means unlimited. */
  @Column({ type: 'integer', nullable: true })
  defaultCountryQuota!: number | null;

  @Column({ type: 'boolean', default: false })
  requiresApproval!: boolean;

  /** Registration only from accounts whose email address is verified. */
  @Column({ type: 'boolean', default: false })
  requireVerifiedEmail!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ type: 'text', default: 'participants' })
  itineraryVisibility!: ItineraryVisibility;

  @Column({ type: 'text', array: true })
  eventReminderOffsets!: string[];

  @Column({ type: 'text', array: true })
  sessionReminderOffsets!: string[];

  @Column({ type: 'text', array: true })
  missionReminderOffsets!: string[];

  /** Who signs the event's visa invitation letters; null until an organizer says. */
  @Column({ type: 'jsonb', nullable: true })
  letterSignatory!: LetterSignatory | null;

  /** Who covers which costs, as invitation letters state it (free text). */
  @Column({ type: 'text', nullable: true })
  letterCostsCoveredBy!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: EventStatus;

  /** Confirmed registrations. Kept by the registration rules under the event's row lock. */
  @Column({ type: 'integer', default: 0 })
  seatsTaken!: number;

  @Column({ type: 'integer', default: 0 })
  waitlistCount!: number;

  @Column({ type: 'integer', default: 0 })
  pendingCount!: number;

  /**
   * The last waiting-list line number handed out (see Registration.waitlistLine); written only
   * by the database, under the event's row lock, so never read or saved by the application.
   */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  waitlistLineLast?: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** When a change asked for its reminders to be re-planned (read by the reconciliation only). */
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  remindersChangedAt?: Date | null;
}
