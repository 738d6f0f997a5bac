import { AccountEmailComposer } from './accounts/account-email.composer.js';
import { DigestEmailComposer } from './digests/digest-email.composer.js';
import { EventEmailComposer } from './events/event-email.composer.js';
import { SessionEmailComposer } from './itinerary/session-email.composer.js';
import { notificationComposers, type FeatureComposers } from './notification-composers.js';
import { NotificationComposer } from './notifications/notification-composer.js';
import { NOTIFICATION_KINDS } from './notifications/notification-kind.js';
import { Notification } from './notifications/notification.entity.js';
import { MembershipEmailComposer } from './organizations/membership-email.composer.js';
import { RegistrationEmailComposer } from './registrations/registration-email.composer.js';
import { ReminderComposer } from './reminders/reminder-composer.js';
import { MissionEmailComposer } from './teams/mission-email.composer.js';
import { LetterEmailComposer } from './letters/letter-email.composer.js';
import { PickupEmailComposer } from './travel/pickup-email.composer.js';

// Composing reads PostgreSQL; listing who composes what does not, so no dependency is needed.
const none = undefined as never;
const config = { publicUrl: 'https://gofar.example' } as never;
// The welcome reads whether the address is verified; an account that is gone gets no link.
const noAccounts = { findById: () => Promise.resolve(null) } as never;
const features: FeatureComposers = {
  accounts: new AccountEmailComposer(config, noAccounts, none),
  organizations: new MembershipEmailComposer(none, config),
  events: new EventEmailComposer(none, config),
  registrations: new RegistrationEmailComposer(none, config),
  itinerary: new SessionEmailComposer(none, config),
  teams: new MissionEmailComposer(none, none, config),
  reminders: new ReminderComposer(none, none, config),
  digests: new DigestEmailComposer(none),
  letters: new LetterEmailComposer(none, config),
  travel: new PickupEmailComposer(none, none, config),
};

describe('notification composers', () => {
  it('give every notification kind a composer, and no other key', () => {
    const composers = notificationComposers(features);
    for (const kind of NOTIFICATION_KINDS)
      expect([kind, typeof composers[kind]]).toEqual([kind, 'function']);
    expect(Object.keys(composers).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('leave each kind to exactly one feature', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, { composers }] of Object.entries(features))
      for (const kind of Object.keys(composers))
        owners.set(kind, [...(owners.get(kind) ?? []), feature]);
    const shared = [...owners].filter(([, features]) => features.length > 1);
    expect(shared).toEqual([]);
  });

  it('write the welcome with its feature’s composer, and skip a recipient who is gone', async () => {
    const composer = new NotificationComposer(notificationComposers(features));
    const welcome = Object.assign(new Notification(), {
      kind: 'welcome',
      subjectId: 'u1',
      data: {},
    });
    const recipient = { id: 'u1', email: 'linh@example.com', fullName: 'Linh' };
    const composed = await composer.compose(welcome, recipient);
    expect(composed).toMatchObject({
      send: true,
      to: { name: 'Linh', address: 'linh@example.com' },
      content: { subject: 'Welcome to Gofar' },
    });
    expect(await composer.compose(welcome, null)).toEqual({
      send: false,
      reason: 'the recipient’s account no longer exists',
    });
  });
});
