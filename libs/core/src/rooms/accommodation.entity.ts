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
} from 'typeorm';
import { Event } from '../events/event.entity.js';

/** A hotel or dormitory of an event, with the local dates of the stay. */
@Entity('accommodations')
@Index('accommodations_event', ['eventId', 'checkInOn'])
@Check('accommodations_stay_dates', `"check_out_on" > "check_in_on"`)
export class Accommodation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_accommodations_event' })
  event?: Relation<Event>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** The IANA zone of the place (canonical). */
  @Column({ type: 'text' })
  timezone!: string;

  /** Local calendar dates; minors are counted on `checkInOn`. */
  @Column({ type: 'date' })
  checkInOn!: string;

  @Column({ type: 'date' })
  checkOutOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
