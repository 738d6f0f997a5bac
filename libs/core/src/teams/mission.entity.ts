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

@Entity('missions')
@Index(['eventId', 'dueAt'])
@Index('missions_created_at', { synchronize: false })
@Index('missions_due_at', { synchronize: false })
@Check('missions_max_score_positive', '"max_score" > 0')
export class Mission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<Event>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Submissions are accepted while server time < dueAt. */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'integer' })
  maxScore!: number;

  /** An optional team_mission session it belongs to. */
  @Column({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
