import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A participant's secret calendar feed for one event. The token itself is never stored: only
 * its SHA-256 (for lookup) and the salt it is derived from with the server's key, so the URL
 * can be shown again without keeping the secret in the database.
 */
@Entity('calendar_feeds')
@Unique('calendar_feeds_one_per_person_and_event', ['userId', 'eventId'])
@Unique('calendar_feeds_token_hash', ['tokenHash'])
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('uuid')
  eventId!: string;

  @Column({ type: 'text' })
  salt!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
