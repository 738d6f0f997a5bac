import type { FactoryProvider } from '@nestjs/common';
import { AccountEmailComposer } from './accounts/account-email.composer.js';
import { DigestEmailComposer } from './digests/digest-email.composer.js';
import { EventEmailComposer } from './events/event-email.composer.js';
import { SessionEmailComposer } from './itinerary/session-email.composer.js';
import { NOTIFICATION_COMPOSERS, type NotificationComposers } from './notifications/compose.js';
import { MembershipEmailComposer } from './organizations/membership-email.composer.js';
import { RegistrationEmailComposer } from './registrations/registration-email.composer.js';
import { ReminderComposer } from './reminders/reminder-composer.js';
import { MissionEmailComposer } from './teams/mission-email.composer.js';
import { LetterEmailComposer } from './letters/letter-email.composer.js';
import { PickupEmailComposer } from './travel/pickup-email.composer.js';

/** The features' email composers, one per feature that sends email. */
export interface FeatureComposers {
  accounts: AccountEmailComposer;
  organizations: MembershipEmailComposer;
  events: EventEmailComposer;
  registrations: RegistrationEmailComposer;
  itinerary: SessionEmailComposer;
  teams: MissionEmailComposer;
  reminders: ReminderComposer;
  digests: DigestEmailComposer;
  letters: LetterEmailComposer;
  travel: PickupEmailComposer;
}

/**
 * Every notification kind's composer, in one place: each feature lists its kinds with literal
 * keys, so a kind nobody writes an email for fails to compile here (rather than being logged
 * `skipped` at run time).
 */
export function notificationComposers(features: FeatureComposers): NotificationComposers {
  return {
    ...features.accounts.composers,
    ...features.organizations.composers,
    ...features.events.composers,
    ...features.registrations.composers,
    ...features.itinerary.composers,
    ...features.teams.composers,
    ...features.reminders.composers,
    ...features.digests.composers,
    ...features.letters.composers,
    ...features.travel.composers,
  } satisfies NotificationComposers;
}

export const EMAIL_COMPOSERS = [
  AccountEmailComposer,
  MembershipEmailComposer,
  EventEmailComposer,
  RegistrationEmailComposer,
  SessionEmailComposer,
  MissionEmailComposer,
  ReminderComposer,
  DigestEmailComposer,
  LetterEmailComposer,
  PickupEmailComposer,
];

/** Provides NOTIFICATION_COMPOSERS to the notifications' NotificationComposer. */
export const notificationComposersProvider: FactoryProvider<NotificationComposers> = {
  provide: NOTIFICATION_COMPOSERS,
  inject: EMAIL_COMPOSERS,
  useFactory: (
    accounts: AccountEmailComposer,
    organizations: MembershipEmailComposer,
    events: EventEmailComposer,
    registrations: RegistrationEmailComposer,
    itinerary: SessionEmailComposer,
    teams: MissionEmailComposer,
    reminders: ReminderComposer,
    digests: DigestEmailComposer,
    letters: LetterEmailComposer,
    travel: PickupEmailComposer,
  ) =>
    notificationComposers({
      accounts,
      organizations,
      events,
      registrations,
      itinerary,
      teams,
      reminders,
      digests,
      letters,
      travel,
    }),
};
