import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Mission } from './mission.entity.js';
import { Team } from './team.entity.js';

/** A team's answer to a mission; a newer one supersedes it (kept as history). */
@Entity('submissions')
@Index(['missionId', 'teamId', 'createdAt'])
// At most one current (not superseded) submission per team and mission.
@Index('submissions_one_current', ['missionId', 'teamId'], {
  unique: true,
  where: '"superseded_at" IS NULL',
})
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  missionId!: string;

  @ManyToOne(() => Mission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mission_id' })
  mission?: Relation<Mission>;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: Relation<Team>;

  @Column('uuid')
  submittedBy!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  score!: number | null;

  @Column({ type: 'text', nullable: true })
  feedback!: string | null;

  @Column({ type: 'uuid', nullable: true })
  scoredBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
