import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Event } from '../events/event.entity.js';
import { Registration } from '../registrations/registration.entity.js';

/** Why a letter's content was erased before its time: the person's erasure, or retention. */
export const LETTER_REVOKED_REASONS = ['account_erased', 'retention'] as const;
export type LetterRevokedReason = (typeof LETTER_REVOKED_REASONS)[number];

/**
 * A visa invitation letter issued to one registration for one destination country. What it
 * says is a snapshot taken when it was issued (`LetterSnapshot`), stored only encrypted
 * (`DataEncryptionService`, bound to the registration id). The reference is public: a consular
 * officer checks it at `/letters/<reference>`. A new letter for the same country supersedes
 * the current one (at most one current letter per registration and country).
 */
@Entity('invitation_letters')
@Unique('invitation_letters_reference_unique', ['reference'])
@Index('invitation_letters_one_current', ['registrationId', 'country'], {
  unique: true,
  where: '"superseded_at" IS NULL',
})
@Index('invitation_letters_by_event', ['eventId'])
@Check(
  'invitation_letters_reference_format',
  `"reference" ~ '^GF-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$'`,
)
@Check('invitation_letters_country', `"country" ~ '^[A-Z]{2}$'`)
@Check(
  'invitation_letters_snapshot_key',
  `("snapshot_encrypted" IS NULL) = ("snapshot_key_id" IS NULL)`,
)
@Check(
  'invitation_letters_revoked_reason_known',
  `"revoked_reason" IN ('account_erased', 'retention')`,
)
export class InvitationLetter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Canonical form, e.g. `GF-7KQ4-M2XD-9TPA-3VHC` (see letter-reference.ts). */
  @Column({ type: 'text' })
  reference!: string;

  @Column('uuid')
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'FK_invitation_letters_registration',
  })
  registration?: Relation<Registration>;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_invitation_letters_event' })
  event?: Relation<Event>;

  /** The destination country (ISO 3166-1 alpha-2) whose consulate the letter addresses. */
  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  /** The organizer who issued it. */
  @Column({ type: 'uuid', nullable: true })
  issuedBy!: string | null;

  /** When a newer letter for the same registration and country replaced it. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  /** `base64(iv ‖ tag ‖ ciphertext)` of the JSON snapshot; null once erased. */
  @Column({ type: 'text', nullable: true })
  snapshotEncrypted!: string | null;

  @Column({ type: 'text', nullable: true })
  snapshotKeyId!: string | null;

  /** When its content was erased before its time (then it is no longer valid), and why. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: LetterRevokedReason | null;
}
