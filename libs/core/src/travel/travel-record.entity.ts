import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Event } from '../events/event.entity.js';
import { Registration } from '../registrations/registration.entity.js';

export const TRAVEL_MODES = ['flight', 'ground', 'none'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const ROOM_SHARING = ['female', 'male', 'single'] as const;
export type RoomSharing = (typeof ROOM_SHARING)[number];

/**
 * How one registrant travels to and from the programme, what the staff's manifest, the rooming
 * list and visa letters need: one row per registration. Each flight instant is stored in UTC
 * with the zone of its airport. The passport number is stored only encrypted
 * (`DataEncryptionService`, AES-256-GCM bound to the registration id) with the id of its key;
 * the passport's other fields are in clear (rooming lists and letters read the name).
 */
@Entity('travel_records')
@Index('travel_records_arrivals', ['eventId', 'arrivalAirport', 'arrivesAt'])
@Check('travel_records_arrival_mode_known', `"arrival_mode" IN ('flight', 'ground', 'none')`)
@Check('travel_records_departure_mode_known', `"departure_mode" IN ('flight', 'ground', 'none')`)
@Check('travel_records_room_sharing_known', `"room_sharing" IN ('female', 'male', 'single')`)
@Check(
  'travel_records_arrival_flight_complete',
  `"arrival_mode" IS DISTINCT FROM 'flight' OR ("arrival_flight_number" IS NOT NULL AND "arrival_airport" IS NOT NULL AND "arrives_at" IS NOT NULL AND "arrival_timezone" IS NOT NULL)`,
)
@Check(
  'travel_records_departure_flight_complete',
  `"departure_mode" IS DISTINCT FROM 'flight' OR ("departure_flight_number" IS NOT NULL AND "departure_airport" IS NOT NULL AND "departs_at" IS NOT NULL AND "departure_timezone" IS NOT NULL)`,
)
@Check(
  'travel_records_passport_key',
  `("passport_number_encrypted" IS NULL) = ("passport_number_key_id" IS NULL)`,
)
@Check('travel_records_passport_country', `"passport_issuing_country" ~ '^[A-Z]{2}$'`)
export class TravelRecord {
  @PrimaryColumn('uuid')
  registrationId!: string;

  @OneToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'FK_travel_records_registration',
  })
  registration?: Relation<Registration>;

  /** The registration's event, kept here so that lists of an event read one table. */
  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_travel_records_event' })
  event?: Relation<Event>;

  /** E.164, for the staff's manifest. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  arrivalMode!: TravelMode | null;

  @Column({ type: 'text', nullable: true })
  arrivalFlightNumber!: string | null;

  /** IATA code. */
  @Column({ type: 'text', nullable: true })
  arrivalAirport!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  arrivesAt!: Date | null;

  /** The arrival airport's IANA zone (canonical), or null without an airport. */
  @Column({ type: 'text', nullable: true })
  arrivalTimezone!: string | null;

  @Column({ type: 'text', nullable: true })
  arrivalTerminal!: string | null;

  @Column({ type: 'text', nullable: true })
  departureMode!: TravelMode | null;

  @Column({ type: 'text', nullable: true })
  departureFlightNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  departureAirport!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  departsAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  departureTimezone!: string | null;

  @Column({ type: 'text', nullable: true })
  departureTerminal!: string | null;

  /** ISO 3166-1 alpha-2 codes of the destination countries for which a visa is needed. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  visaNeededFor!: string[];

  /** What the person asked for; null means it follows `gender` (see the rooming rules). */
  @Column({ type: 'text', nullable: true })
  roomSharing!: RoomSharing | null;

  /** `base64(iv ‖ tag ‖ ciphertext)`; never the number in clear. */
  @Column({ type: 'text', nullable: true })
  passportNumberEncrypted!: string | null;

  /** The id of the key (from DATA_ENCRYPTION_KEYS) that encrypted the number. */
  @Column({ type: 'text', nullable: true })
  passportNumberKeyId!: string | null;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ type: 'text', nullable: true })
  passportIssuingCountry!: string | null;

  @Column({ type: 'date', nullable: true })
  passportExpiresOn!: string | null;

  /** The name exactly as printed in the passport (letters, rooming lists, manifests). */
  @Column({ type: 'text', nullable: true })
  fullNameAsInPassport!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
