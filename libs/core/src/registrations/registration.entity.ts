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
import { User } from '../accounts/index.js';
import { Event } from '../events/event.entity.js';
import type { CancelledBy, Gender, RegistrationStatus } from './registration-status.js';

export interface EmergencyContact {
  name: string;
  phone: string;
  relationship: string;
}

export interface GuardianConsent {
  name: string;
  phone: string;
  email: string | null;
  relationship: string;
  consent: true;
  /** When the consent was recorded (the moment of registration). */
  consentedAt: string;
}

@Entity('registrations')
// One registration per user and event that is not cancelled or rejected, whatever the race.
@Index('registrations_one_active_per_user', ['eventId', 'userId'], {
  unique: true,
  where: `"status" IN ('pending', 'confirmed', 'waitlisted')`,
})
@Index(['eventId', 'status', 'nationality'])
// The waiting list's order: line numbers are unique per event (no ties) and only held by rows
// that were waitlisted once (partial indexes: confirmed rows cost nothing).
@Index('registrations_waitlist_line', ['eventId', 'waitlistLine'], {
  unique: true,
  where: `"waitlist_line" IS NOT NULL`,
})
@Index('registrations_waitlist_order', ['eventId', 'status', 'waitlistLine'], {
  where: `"waitlist_line" IS NOT NULL`,
})
@Index(['userId', 'seq'])
@Index('registrations_event_seq', { synchronize: false })
@Index('registrations_event_status_seq', { synchronize: false })
@Check('CHK_registrations_nationality', `"nationality" ~ '^[A-Z]{2}$'`)
@Check(
  'registrations_status_known',
  `"status" IN ('pending', 'confirmed', 'waitlisted', 'rejected', 'cancelled')`,
)
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order: the tie-breaker of the waiting list and the key of list pages. */
  @Column({
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    generated: 'identity',
    insert: false,
    update: false,
  })
  seq!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  status!: RegistrationStatus;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'text' })
  nationality!: string;

  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dietaryRequirements!: string[];

  /** Seen only by the registrant, organizers and event staff; never in an email. */
  @Column({ type: 'text', nullable: true })
  medicalNotes!: string | null;

  @Column({ type: 'jsonb' })
  emergencyContact!: EmergencyContact;

  @Column({ type: 'text', nullable: true })
  motivation!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  guardian!: GuardianConsent | null;

  /** When the registration last joined the waiting list (set by the database, see waitlistLine). */
  @Column({ type: 'timestamptz', nullable: true })
  waitlistedAt!: Date | null;

  /**
   * Its place in line: a number per event, taken from `events.waitlist_line_last` under the
   * event's row lock each time the registration is placed on the waiting list (a trigger does
   * it for every writer), so it rises in the order people were placed and never ties.
   */
  @Column({ type: 'bigint', nullable: true, insert: false, update: false })
  waitlistLine!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelledBy!: CancelledBy | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
