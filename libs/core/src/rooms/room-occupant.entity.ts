import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Column,
  type Relation,
} from 'typeorm';
import { Registration } from '../registrations/registration.entity.js';
import { Accommodation } from './accommodation.entity.js';
import { Room } from './room.entity.js';

/** A confirmed registration sleeping in a room: one room per person and accommodation. */
@Entity('room_occupants')
@Index('room_occupants_room', ['roomId'])
@Index('room_occupants_registration', ['registrationId'])
export class RoomOccupant {
  @PrimaryColumn('uuid')
  accommodationId!: string;

  @PrimaryColumn('uuid')
  registrationId!: string;

  @Column('uuid')
  roomId!: string;

  @ManyToOne(() => Accommodation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'accommodation_id',
    foreignKeyConstraintName: 'FK_room_occupants_accommodation',
  })
  accommodation?: Relation<Accommodation>;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'FK_room_occupants_room' })
  room?: Relation<Room>;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'FK_room_occupants_registration',
  })
  registration?: Relation<Registration>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
