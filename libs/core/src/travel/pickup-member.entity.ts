import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Registration } from '../registrations/registration.entity.js';
import { AirportPickup } from './airport-pickup.entity.js';

/**
 * A participant in a pickup (at most one pickup per registration). `plannedArrivesAt` is the
 * arrival the group was planned for: a member of a locked pickup whose travel record now says
 * otherwise is a conflict for an organizer to resolve.
 */
@Entity('pickup_members')
@Index('pickup_members_by_pickup', ['pickupId'])
export class PickupMember {
  @PrimaryColumn('uuid')
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'FK_pickup_members_registration',
  })
  registration?: Relation<Registration>;

  @Column('uuid')
  pickupId!: string;

  @ManyToOne(() => AirportPickup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pickup_id', foreignKeyConstraintName: 'FK_pickup_members_pickup' })
  pickup?: Relation<AirportPickup>;

  @Column('uuid')
  eventId!: string;

  @Column({ type: 'timestamptz' })
  plannedArrivesAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
