import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { ComposedEmail, KindComposers } from '../notifications/compose.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { Recipient } from '../notifications/recipient.js';
import { InvitationLetterRepository } from './invitation-letter.repository.js';
import { letterIssuedEmail } from './letter.emails.js';

/** The emails of invitation letters: a letter is ready, while it is still the current one. */
@Injectable()
export class LetterEmailComposer {
  constructor(
    private readonly letters: InvitationLetterRepository,
    private readonly config: AppConfig,
  ) {}

  readonly composers = {
    invitation_letter_issued: (notification, recipient) => this.issued(notification, recipient),
  } satisfies KindComposers;

  private async issued(notification: Notification, recipient: Recipient): Promise<ComposedEmail> {
    const letter = await this.letters.findWithEvent(notification.subjectId);
    if (!letter) return { reason: 'the letter no longer exists' };
    if (letter.supersededAt) return { reason: 'a newer letter replaced it (it has its own email)' };
    if (!letter.snapshotEncrypted) return { reason: 'the letter’s content was erased' };
    return letterIssuedEmail({
      fullName: recipient.fullName,
      eventTitle: letter.event!.title,
      countryName:
        new Intl.DisplayNames(['en'], { type: 'region' }).of(letter.country) ?? letter.country,
      registrationUrl: `${this.config.publicUrl}/me/registrations/${letter.registrationId}`,
    });
  }
}
