import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Accommodation } from './accommodation.entity.js';

/** A room of an accommodation, known to the hotel by its label. */
@Entity('rooms')
@Unique('rooms_label_per_accommodation', ['accommodationId', 'label'])
@Check('rooms_beds_positive', `"beds" BETWEEN 1 AND 50`)
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accommodationId!: string;

  @ManyToOne(() => Accommodation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accommodation_id', foreignKeyConstraintName: 'FK_rooms_accommodation' })
  accommodation?: Relation<Accommodation>;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'integer' })
  beds!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
