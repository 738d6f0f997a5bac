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
import { User } from './user.entity.js';

/**
 * A signed-in browser (the `gofar_session` cookie), recorded so it can be revoked. The cookie
 * holds the row's id and a random secret; only the secret's SHA-256 is stored here.
 */
@Entity('browser_sessions')
@Index(['userId'])
export class BrowserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** SHA-256 (hex) of the cookie's secret. */
  @Column({ type: 'text' })
  secretHash!: string;

  /** The user's token version when it was opened: refused once the user's is higher. */
  @Column({ type: 'integer' })
  tokenVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** JWT_TTL after it was opened. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Sign-out, sign-out everywhere, a password change or reset; null while it is live. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
