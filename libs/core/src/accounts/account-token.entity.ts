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
import { User } from './user.entity.js';

/** What a link's token lets its holder do. */
export const ACCOUNT_TOKEN_KINDS = ['email_verification', 'password_reset'] as const;
export type AccountTokenKind = (typeof ACCOUNT_TOKEN_KINDS)[number];

/**
 * A single-use token sent in an email link (verify the address, reset the password). The
 * worker makes it when it writes the email; only its SHA-256 is stored, so the raw token exists
 * in that email alone. A newer token of the same kind voids the user's older unused ones.
 */
@Entity('account_tokens')
@Check('account_tokens_kind_known', `"kind" IN ('email_verification', 'password_reset')`)
@Index(['userId', 'kind'])
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  kind!: AccountTokenKind;

  /** SHA-256 (hex) of the token; unique. */
  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When it was used; it never works again. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** When a newer token of its kind replaced it unused. */
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;
}
