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
import type { RegistrationStatus } from './registration-status.js';
import { Registration } from './registration.entity.js';

/** One status change of a registration: who, from, to, when, why. */
@Entity('registration_changes')
@Index(['registrationId', 'id'])
@Index('registration_changes_at', { synchronize: false })
export class RegistrationChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Relation<Registration>;

  /** Null for the registration's creation. */
  @Column({ type: 'text', nullable: true })
  fromStatus!: RegistrationStatus | null;

  @Column({ type: 'text' })
  toStatus!: RegistrationStatus;

  /** The user who made the change; null when the system did (a promotion). */
  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
