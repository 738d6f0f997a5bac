import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { KindComposers } from '../notifications/compose.js';
import { AccountLifecycleService } from './account-lifecycle.service.js';
import {
  emailVerificationEmail,
  passwordResetEmail,
  tokenLink,
  welcomeEmail,
} from './account.emails.js';
import { UserRepository } from './user.repository.js';

/**
 * The emails of accounts: the welcome (with the verification link), a new verification link and
 * a password reset link. Each link's token is made here, as the email is written, so it exists
 * nowhere else (never in the outbox, the delivery log or Redis).
 */
@Injectable()
export class AccountEmailComposer {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly lifecycle: AccountLifecycleService,
  ) {}

  readonly composers = {
    welcome: async (_notification, recipient) => {
      const user = await this.users.findById(recipient.id);
      const verifyUrl =
        user && !user.emailVerifiedAt
          ? tokenLink(
              this.config.publicUrl,
              'verify-email',
              await this.lifecycle.issueToken(user.id, 'email_verification'),
            )
          : undefined;
      return welcomeEmail({
        fullName: recipient.fullName,
        publicUrl: this.config.publicUrl,
        verifyUrl,
      });
    },
    email_verification: async (_notification, recipient) => {
      const user = await this.users.findById(recipient.id);
      if (!user) return { reason: 'the account no longer exists' };
      if (user.emailVerifiedAt) return { reason: 'the email address is verified already' };
      const token = await this.lifecycle.issueToken(user.id, 'email_verification');
      return emailVerificationEmail({
        fullName: recipient.fullName,
        url: tokenLink(this.config.publicUrl, 'verify-email', token),
      });
    },
    password_reset: async (_notification, recipient) => {
      const token = await this.lifecycle.issueToken(recipient.id, 'password_reset');
      return passwordResetEmail({
        fullName: recipient.fullName,
        url: tokenLink(this.config.publicUrl, 'reset-password', token),
      });
    },
  } satisfies KindComposers;
}
