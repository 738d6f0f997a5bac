import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Locale } from './locale.js';

@Entity('users')
@Check('users_email_normalised', '"email" = lower(btrim("email"))')
@Check('users_locale_supported', `"locale" IN ('en', 'ko', 'vi', 'th', 'id')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** `scrypt$N$r$p$salt$hash`, never returned by the API. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: false })
  isAdmin!: boolean;

  /** When the owner proved the address is theirs (a verification or reset link); null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** The language of their emails and of the web app. */
  @Column({ type: 'text', default: 'en' })
  locale!: Locale;

  /** The IANA zone they read "your time" in; null until they choose one. */
  @Column({ type: 'text', nullable: true })
  timezone!: string | null;

  /**
   * Raised by a password change, a reset and "sign out everywhere": every access token and
   * browser session carries the version it was issued under, and one older than this is refused.
   */
  @Column({ type: 'integer', default: 0 })
  tokenVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
