import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { KindComposers } from '../notifications/compose.js';
import { welcomeEmail } from './account.emails.js';

/** The emails of accounts: the welcome. */
@Injectable()
export class AccountEmailComposer {
  constructor(private readonly config: AppConfig) {}

  readonly composers = {
    welcome: async (_notification, recipient) =>
      welcomeEmail({ fullName: recipient.fullName, publicUrl: this.config.publicUrl }),
  } satisfies KindComposers;
}
