import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Event } from '../events/event.entity.js';

/**
 * The grouping parameters an organizer last planned an event's pickups at one airport with: a
 * changed arrival re-plans that airport's unlocked pickups with them.
 */
@Entity('pickup_plans')
@Check('pickup_plans_window_positive', `"window_minutes" >= 0`)
@Check('pickup_plans_buffer_positive', `"buffer_minutes" >= 0`)
@Check('pickup_plans_group_size_positive', `"max_group_size" IS NULL OR "max_group_size" > 0`)
export class PickupPlan {
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_pickup_plans_event' })
  event?: Relation<Event>;

  @PrimaryColumn({ type: 'text' })
  airport!: string;

  @Column({ type: 'integer' })
  windowMinutes!: number;

  @Column({ type: 'integer' })
  bufferMinutes!: number;

  /** Null: no limit. */
  @Column({ type: 'integer', nullable: true })
  maxGroupSize!: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  plannedAt!: Date;
}
