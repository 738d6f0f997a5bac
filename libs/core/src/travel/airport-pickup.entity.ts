import {
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

/**
 * A group of arrivals that staff meet at an airport: when (UTC, with the airport's zone), who
 * meets them (`staffIds`: event staff or organizers), a note ("exit 4, Gofar sign"), and
 * whether an organizer locked it against re-planning.
 */
@Entity('airport_pickups')
@Index('airport_pickups_by_event', ['eventId', 'airport', 'meetAt'])
export class AirportPickup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_airport_pickups_event' })
  event?: Relation<Event>;

  /** IATA code. */
  @Column({ type: 'text' })
  airport!: string;

  /** The airport's IANA zone: the meeting time is stated in it. */
  @Column({ type: 'text' })
  timezone!: string;

  @Column({ type: 'timestamptz' })
  meetAt!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  staffIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
