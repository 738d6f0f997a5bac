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
import { Team } from './team.entity.js';

/** A confirmed registration in a team; one team per person per event (unique registration). */
@Entity('team_members')
@Index(['teamId'])
@Index(['eventId', 'userId'])
export class TeamMember {
  @PrimaryColumn('uuid')
  registrationId!: string;

  @Column('uuid')
  teamId!: string;

  @Column('uuid')
  eventId!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: Relation<Team>;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Relation<Registration>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
