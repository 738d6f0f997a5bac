import {
  loginAdmin,
  newEvent,
  newOrganization,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink, type CapturedMail } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { pause } from './support/timing.js';

const MEDICAL = 'Epilepsy, takes valproate';
const EMERGENCY_PHONE = '+84 977 111 222';

describe('registration emails through the pipeline', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let centre: OrganizationFixture;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await Stack.start(sink.url);
    await stack.startWorker();
    centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  });
  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
  });

  const body = (overrides: Record<string, unknown> = {}) =>
    registrationBody({
      medicalNotes: MEDICAL,
      emergencyContact: { name: 'Le Van An', phone: EMERGENCY_PHONE, relationship: 'brother' },
      ...overrides,
    });

  it('sends each email once, to the right people, with no medical or emergency data', async () => {
    const event = await newEvent(stack.client, centre.organizer, centre.id, {
      title: 'Mekong Youth Lab',
      capacity: 1,
      countryQuotas: {},
    });
    await stack.client.post(
      `/api/v1/events/${event.id}/staff`,
      { email: centre.staff.email },
      { token: centre.organizer.token },
    );
    await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: centre.organizer.token,
    });
    const [first, second, third] = await fastUsers(stack.env.DATABASE_URL!, 3, 'mail');
    // Staff also got their welcome and membership emails; count only this event's.
    const staffMail = () =>
      sink.to(centre.staff.email).filter((mail) => mail.subject.includes('Mekong Youth Lab'));
    const post = (path: string, token: string, payload?: unknown) =>
      stack.client.post(path, payload, { token });

    const a = (await post(`/api/v1/events/${event.id}/registrations`, first!.token, body())).body;
    const b = (await post(`/api/v1/events/${event.id}/registrations`, second!.token, body())).body;
    const c = (await post(`/api/v1/events/${event.id}/registrations`, third!.token, body())).body;
    expect([a.status, b.status, c.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);

    await sink.waitFor(
      () =>
        sink.to(first!.email).length === 1 &&
        sink.to(second!.email).length === 1 &&
        sink.to(third!.email).length === 1 &&
        staffMail().length === 3,
    );
    expect(sink.to(first!.email)[0]!.subject).toBe('You are confirmed: Mekong Youth Lab');
    expect(sink.to(second!.email)[0]!.subject).toBe(
      'You are on the waiting list: Mekong Youth Lab',
    );
    expect(sink.to(second!.email)[0]!.text).toContain('number 1 in line');
    expect(sink.to(third!.email)[0]!.text).toContain('number 2 in line');
    expect(staffMail().map((mail) => mail.subject)).toEqual(
      Array(3).fill(
        expect.stringMatching(/^New registration \((confirmed|waitlisted)\): Mekong Youth Lab$/),
      ),
    );

    // The confirmed person cancels: they are told, staff are told, and the first waitlister is promoted.
    await post(`/api/v1/registrations/${a.id}/cancel`, first!.token);
    await sink.waitFor(
      () =>
        sink.to(second!.email).length === 2 &&
        sink.to(first!.email).length === 2 &&
        staffMail().length === 4,
    );
    const promoted = sink.to(second!.email)[1]!;
    expect(promoted.subject).toBe('A seat freed up: you are confirmed for Mekong Youth Lab');
    expect(promoted.text).toContain('Mekong Youth Lab');
    expect(sink.to(first!.email)[1]!.subject).toBe('Registration cancelled: Mekong Youth Lab');
    expect(staffMail()[3]!.subject).toBe('Registration cancelled: Mekong Youth Lab');

    // The event is cancelled: every remaining registrant gets one email, each staff member one summary.
    await post(`/api/v1/events/${event.id}/cancel`, centre.organizer.token);
    await sink.waitFor(
      () =>
        sink.to(second!.email).length === 3 &&
        sink.to(third!.email).length === 2 &&
        staffMail().length === 5,
    );
    expect(sink.to(second!.email)[2]!.subject).toBe('Cancelled: Mekong Youth Lab');
    expect(sink.to(third!.email)[1]!.subject).toBe('Cancelled: Mekong Youth Lab');
    expect(staffMail()[4]!.text).toContain('2 active registrations were cancelled with it');
    expect(sink.to(first!.email)).toHaveLength(2);

    await pause(1500);
    const all: CapturedMail[] = [first!, second!, third!]
      .flatMap((person) => sink.to(person.email))
      .concat(staffMail());
    expect(all).toHaveLength(2 + 3 + 2 + 5);
    for (const mail of all) {
      expect(mail.text).not.toContain(MEDICAL);
      expect(mail.html).not.toContain(MEDICAL);
      expect(mail.text).not.toContain(EMERGENCY_PHONE);
      expect(mail.html).not.toContain('Epilepsy');
    }
    expect(new Set(all.map((mail) => mail.messageId)).size).toBe(all.length);

    // The notifications table shows the same, with filters.
    const log = await stack.client.get(`/api/v1/events/${event.id}/notifications?limit=500`, {
      token: centre.staff.token,
    });
    expect(log.status).toBe(200);
    // The event's reminders (P7D and P1D before it) were planned for the confirmed people and
    // withdrawn when it was cancelled; every email that was due went out once.
    const reminders = log.body.items.filter((item: { kind: string }) =>
      item.kind.endsWith('_reminder'),
    );
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((item: { status: string }) => item.status === 'skipped')).toBe(true);
    const emails = log.body.items.filter(
      (item: { kind: string }) => !item.kind.endsWith('_reminder'),
    );
    expect(emails).toHaveLength(12);
    expect(
      emails.every(
        (item: { status: string; attempts: number }) =>
          item.status === 'sent' && item.attempts === 1,
      ),
    ).toBe(true);
    const promotedLog = await stack.client.get(
      `/api/v1/events/${event.id}/notifications?kind=registration_promoted`,
      { token: centre.organizer.token },
    );
    expect(promotedLog.body.items).toEqual([
      expect.objectContaining({
        kind: 'registration_promoted',
        recipient: second!.email,
        status: 'sent',
        sentAt: expect.any(String),
        lastError: null,
      }),
    ]);
    const forStaff = await stack.client.get(
      `/api/v1/events/${event.id}/notifications?recipient=${encodeURIComponent(centre.staff.email)}`,
      {
        token: centre.organizer.token,
      },
    );
    expect(forStaff.body.items).toHaveLength(5);
  });

  it('tells an applicant their application was received, then confirmed or rejected', async () => {
    const event = await newEvent(stack.client, centre.organizer, centre.id, {
      title: 'ESG Policy Seminar',
      kind: 'seminar',
      requiresApproval: true,
      countryQuotas: {},
    });
    await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: centre.organizer.token,
    });
    const [accepted, declined] = await fastUsers(stack.env.DATABASE_URL!, 2, 'apply');
    const register = async (token: string) =>
      (await stack.client.post(`/api/v1/events/${event.id}/registrations`, body(), { token })).body;
    const yes = await register(accepted!.token);
    const no = await register(declined!.token);
    await sink.waitFor(
      () => sink.to(accepted!.email).length === 1 && sink.to(declined!.email).length === 1,
    );
    expect(sink.to(accepted!.email)[0]!.subject).toBe(
      'We received your application: ESG Policy Seminar',
    );

    await stack.client.post(`/api/v1/registrations/${yes.id}/approve`, undefined, {
      token: centre.organizer.token,
    });
    await stack.client.post(
      `/api/v1/registrations/${no.id}/reject`,
      { reason: 'The seminar is for policy students' },
      { token: centre.organizer.token },
    );
    await sink.waitFor(
      () => sink.to(accepted!.email).length === 2 && sink.to(declined!.email).length === 2,
    );
    expect(sink.to(accepted!.email)[1]!.subject).toBe('You are confirmed: ESG Policy Seminar');
    expect(sink.to(declined!.email)[1]!.subject).toBe('Your application to ESG Policy Seminar');
    expect(sink.to(declined!.email)[1]!.text).toContain(
      'Their note: The seminar is for policy students',
    );
  });
});
