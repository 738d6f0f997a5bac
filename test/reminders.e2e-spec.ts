import { loginAdmin, newOrganization, type OrganizationFixture } from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { liveEvent, registerAll, secondsAfter } from './support/live-programme.js';
import { until } from './support/timing.js';
import { SmtpSink, type CapturedMail } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';

/**
 * Reminders fire for real here: sessions start seconds from now, a worker process delivers to
 * an in-process SMTP sink, and the tests wait for the mail. The scenarios run side by side
 * (each on its own event, started in beforeAll), so the file takes about as long as the
 * longest one rather than their sum.
 */

/** How late a reminder may reach the sink after its fire time. */
const ON_TIME_MS = 2000;

interface LogEntry {
  recipient: string;
  status: string;
  fireAt: string;
  reason: string | null;
}

let sink: SmtpSink;
let stack: Stack;
let centre: OrganizationFixture;

const reminders = (email: string, title: string): CapturedMail[] =>
  sink.to(email).filter((mail) => mail.subject.startsWith(`Reminder: ${title}`));

async function deliveryLog(eventId: string, kind: string): Promise<LogEntry[]> {
  const response = await stack.client.get(
    `/api/v1/events/${eventId}/notifications?kind=${kind}&limit=500`,
    { token: centre.organizer.token },
  );
  expect(response.status).toBe(200);
  return response.body.items;
}

/** Starts a scenario now and keeps its outcome for the test that checks it. */
function scenario<T>(run: () => Promise<T>): Promise<T> {
  const result = run();
  result.catch(() => undefined); // reported by the test that awaits it
  return result;
}

let sessionReminders: Promise<Awaited<ReturnType<typeof remindParticipants>>>;
let movedTwice: Promise<Awaited<ReturnType<typeof moveTwiceAndCancel>>>;
let promotion: Promise<Awaited<ReturnType<typeof promoteBetweenReminders>>>;
let missionReminders: Promise<Awaited<ReturnType<typeof remindUnsubmittedTeams>>>;
let lateDelivery: Promise<Awaited<ReturnType<typeof stopWorkerAcrossFireTimes>>>;
let downStack: Stack | undefined;

beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await Stack.start(sink.url);
  await stack.startWorker();
  centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  sessionReminders = scenario(remindParticipants);
  movedTwice = scenario(moveTwiceAndCancel);
  promotion = scenario(promoteBetweenReminders);
  missionReminders = scenario(remindUnsubmittedTeams);
  lateDelivery = scenario(stopWorkerAcrossFireTimes);
}, 60_000);

afterAll(async () => {
  await Promise.all([stack?.stop(), downStack?.stop()]);
  await sink?.stop();
});

/** A session 90 s ahead with PT1M reminders, an event reminder 75 s before it. */
async function remindParticipants() {
  const t0 = Date.now();
  const startsAt = secondsAfter(t0, 90_000);
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: {
      title: 'Seoul Youth Forum',
      capacity: 10,
      countryQuotas: { KR: 1 }, // a second Korean waits, and no seat frees for them
      sessionReminderOffsets: ['PT1M'],
      eventReminderOffsets: ['PT75S'],
    },
    sessions: [{ title: 'Opening lecture', startsAt, venue: 'Hall A' }],
  });
  const [ana, budi, chai, waiting] = await fastUsers(stack.env.DATABASE_URL!, 4, 'remind');
  await registerAll(stack.client, event.id, [ana!], { nationality: 'KR' });
  const registrations = await registerAll(stack.client, event.id, [budi!, chai!]);
  const [waitlisted] = await registerAll(stack.client, event.id, [waiting!], {
    nationality: 'KR',
  });
  expect(waitlisted!.status).toBe('waitlisted');
  const cancelled = await stack.client.post(
    `/api/v1/registrations/${registrations[1]!.id}/cancel`,
    undefined,
    { token: chai!.token },
  );
  expect(cancelled.status).toBe(200);
  const fireAt = startsAt.getTime() - 60_000;
  await until(fireAt + ON_TIME_MS + 3000);
  return { event, startsAt, fireAt, ana: ana!, budi: budi!, chai: chai!, waiting: waiting! };
}

/** A session moved twice before its reminder fires, and another cancelled. */
async function moveTwiceAndCancel() {
  const t0 = Date.now();
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Hanoi Leg', sessionReminderOffsets: ['PT1M'] },
    sessions: [
      { title: 'Bus to the airport', startsAt: secondsAfter(t0, 150_000) },
      { title: 'Calligraphy class', startsAt: secondsAfter(t0, 120_000), venue: 'Studio' },
    ],
  });
  const [bus, calligraphy] = event.sessions;
  const people = await fastUsers(stack.env.DATABASE_URL!, 2, 'moved');
  await registerAll(stack.client, event.id, people);
  const move = async (startsAt: Date) => {
    const response = await stack.client.patch(
      `/api/v1/sessions/${bus!.id}`,
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      },
      { token: centre.organizer.token },
    );
    expect(response.status).toBe(200);
  };
  await move(secondsAfter(t0, 110_000));
  const finalStart = secondsAfter(t0, 130_000);
  await move(finalStart);
  const deleted = await stack.client.delete(`/api/v1/sessions/${calligraphy!.id}`, {
    token: centre.organizer.token,
  });
  expect(deleted.status).toBe(204);
  // Past every fire time the session ever had (the first was 150 s - 1 min).
  await until(t0 + 95_000);
  return { event, people, finalFireAt: finalStart.getTime() - 60_000 };
}

/** Capacity 1: the participant cancels between two reminders and the waitlister is promoted. */
async function promoteBetweenReminders() {
  const t0 = Date.now();
  const startsAt = secondsAfter(t0, 100_000);
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Welcome Night', capacity: 1, sessionReminderOffsets: ['PT80S', 'PT30S'] },
    sessions: [{ title: 'Welcome dinner', startsAt }],
  });
  const [first, second] = await fastUsers(stack.env.DATABASE_URL!, 2, 'promoted');
  const [registration, waiting] = await registerAll(stack.client, event.id, [first!, second!]);
  expect(waiting!.status).toBe('waitlisted');
  const earlyFire = startsAt.getTime() - 80_000;
  await sink.waitFor(() => reminders(first!.email, 'Welcome dinner').length === 1, 60_000);
  const cancelled = await stack.client.post(
    `/api/v1/registrations/${registration!.id}/cancel`,
    undefined,
    { token: first!.token },
  );
  expect(cancelled.status).toBe(200);
  const lateFire = startsAt.getTime() - 30_000;
  await until(lateFire + ON_TIME_MS + 3000);
  return { event, first: first!, second: second!, earlyFire, lateFire };
}

/** Two teams, one has submitted when the mission reminder fires. */
async function remindUnsubmittedTeams() {
  const t0 = Date.now();
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: {
      title: 'Mission Week',
      sessionReminderOffsets: ['P1D'], // long past: no session reminders here
      missionReminderOffsets: ['PT50S'],
    },
    sessions: [{ title: 'Team work', startsAt: secondsAfter(t0, 150_000) }],
  });
  const people = await fastUsers(stack.env.DATABASE_URL!, 4, 'mission');
  for (const [index, person] of people.entries())
    await registerAll(stack.client, event.id, [person], {
      nationality: ['VN', 'KR', 'TH', 'PH'][index],
    });
  const teams = await stack.client.post(
    `/api/v1/events/${event.id}/teams/auto-assign`,
    { teamSize: 2 },
    { token: centre.organizer.token },
  );
  expect(teams.status).toBe(200);
  const dueAt = secondsAfter(t0, 100_000);
  const mission = await stack.client.post(
    `/api/v1/events/${event.id}/missions`,
    { title: 'Pitch a campaign', dueAt: dueAt.toISOString(), maxScore: 100 },
    { token: centre.organizer.token },
  );
  expect(mission.status).toBe(201);
  const [submitted, silent] = teams.body.items as { members: { userId: string }[] }[];
  const author = people.find((person) => person.id === submitted!.members[0]!.userId)!;
  const submission = await stack.client.post(
    `/api/v1/missions/${mission.body.id}/submissions`,
    { content: 'A pledge board in eleven languages' },
    { token: author.token },
  );
  expect(submission.status).toBe(201);
  const fireAt = dueAt.getTime() - 50_000;
  await until(fireAt + ON_TIME_MS + 3000);
  const emailsOf = (team: { members: { userId: string }[] }) =>
    team.members.map((member) => people.find((person) => person.id === member.userId)!.email);
  return { event, fireAt, submitted: emailsOf(submitted!), silent: emailsOf(silent!) };
}

/**
 * An installation of its own whose only worker stops before two reminders fall due and starts
 * again after one session has begun and before the other.
 */
async function stopWorkerAcrossFireTimes() {
  downStack = await Stack.start(sink.url);
  const installation = downStack;
  const worker = await installation.startWorker();
  const own = await newOrganization(installation.client, await loginAdmin(installation.client));
  const t0 = Date.now();
  const begun = secondsAfter(t0, 50_000);
  const ahead = secondsAfter(t0, 85_000);
  const event = await liveEvent(installation.client, own.organizer, own.id, {
    overrides: { title: 'Quiet Night', sessionReminderOffsets: ['PT30S'] },
    sessions: [
      { title: 'Morning walk', startsAt: begun },
      { title: 'Evening talk', startsAt: ahead },
    ],
  });
  const people = await fastUsers(installation.env.DATABASE_URL!, 2, 'late');
  await registerAll(installation.client, event.id, people);
  // Both reminders planned (one per person and session) before the worker goes.
  const planned = async () =>
    (
      await installation.query<{ count: string }>(
        `SELECT count(*) FROM notifications WHERE event_id = $1 AND kind = 'session_reminder' AND status = 'scheduled'`,
        [event.id],
      )
    )[0]!.count;
  while ((await planned()) !== '4') await until(Date.now() + 100);
  expect(Date.now()).toBeLessThan(begun.getTime() - 30_000);
  await worker.stop();
  // Both fire times pass; the walk begins; the talk has not.
  await until(begun.getTime() + 7000);
  await installation.startWorker();
  await until(ahead.getTime() - 10_000);
  const log = await installation.query<{
    email: string;
    title: string;
    status: string;
    reason: string | null;
  }>(
    `SELECT u.email, s.title, n.status, n.reason FROM notifications n
       JOIN users u ON u.id = n.recipient_id JOIN sessions s ON s.id = n.subject_id
      WHERE n.event_id = $1 AND n.kind = 'session_reminder'`,
    [event.id],
  );
  return { people, log, restartedAt: begun.getTime() + 7000 };
}

describe('reminders (a worker delivering to an SMTP sink)', () => {
  it('a session 90 s ahead with PT1M reminders: one email per confirmed participant, within 2 s, logged sent', async () => {
    const { event, fireAt, ana, budi, chai, waiting } = await sessionReminders;
    for (const person of [ana, budi]) {
      const mails = reminders(person.email, 'Opening lecture');
      expect(mails).toHaveLength(1);
      const lateness = mails[0]!.receivedAt - fireAt;
      expect(lateness).toBeGreaterThanOrEqual(0);
      expect(lateness).toBeLessThanOrEqual(ON_TIME_MS);
    }
    const mail = reminders(ana.email, 'Opening lecture')[0]!;
    expect(mail.text).toContain('starts in 1 minute');
    expect(mail.text).toMatch(/When: \w{3} \d+ \w{3} \d{4}, \d\d:\d\d \(Asia\/Seoul, UTC\+09:00\)/);
    expect(mail.text).toContain('Where: Hall A, Seoul, KR.');
    expect(mail.html).toContain('Open my calendar feed');
    // The link is the participant's own feed, and it works.
    const feed = /(http:\/\/\S+\/api\/v1\/calendar\/\S+\.ics)/.exec(mail.text)![1]!;
    const calendar = await fetch(feed.replace(/^http:\/\/[^/]+/, stack.client.baseUrl));
    expect(calendar.status).toBe(200);
    expect(await calendar.text()).toContain('SUMMARY:Opening lecture');

    // Waitlisted and cancelled people get none.
    expect(reminders(chai.email, 'Opening lecture')).toHaveLength(0);
    expect(reminders(waiting.email, 'Opening lecture')).toHaveLength(0);

    const log = await deliveryLog(event.id, 'session_reminder');
    const byRecipient = new Map(log.map((entry) => [entry.recipient, entry]));
    expect(byRecipient.get(ana.email)?.status).toBe('sent');
    expect(byRecipient.get(budi.email)?.status).toBe('sent');
    expect(new Date(byRecipient.get(ana.email)!.fireAt).getTime()).toBe(fireAt);
    // Chai cancelled seconds after confirming: her reminder was withdrawn, or never planned
    // if the worker saw both changes at once.
    const chais = byRecipient.get(chai.email);
    if (chais)
      expect(chais).toMatchObject({
        status: 'skipped',
        reason: 'the recipient is no longer a confirmed participant',
      });
    expect(byRecipient.has(waiting.email)).toBe(false);
  }, 150_000);

  it('an event reminder goes out before the programme starts, in the local time of its first session', async () => {
    const { ana, chai } = await sessionReminders;
    const mails = sink.to(ana.email).filter((mail) => mail.subject.includes('begins'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Reminder: Seoul Youth Forum begins/);
    expect(mails[0]!.text).toContain('begins in 1 minute 15 seconds');
    expect(mails[0]!.text).toContain('First on the programme: Opening lecture, at Hall A');
    expect(sink.to(chai.email).filter((mail) => mail.subject.includes('begins'))).toHaveLength(0);
  }, 150_000);

  it('a session moved twice reminds once, for its final time; a cancelled session reminds nobody', async () => {
    const { event, people, finalFireAt } = await movedTwice;
    for (const person of people) {
      const mails = reminders(person.email, 'Bus to the airport');
      expect(mails).toHaveLength(1);
      expect(mails[0]!.receivedAt - finalFireAt).toBeGreaterThanOrEqual(0);
      expect(mails[0]!.receivedAt - finalFireAt).toBeLessThanOrEqual(ON_TIME_MS);
      expect(reminders(person.email, 'Calligraphy class')).toHaveLength(0);
    }
    const log = await deliveryLog(event.id, 'session_reminder');
    const sent = log.filter((entry) => entry.status === 'sent');
    expect(sent).toHaveLength(people.length);
    expect(sent.every((entry) => new Date(entry.fireAt).getTime() === finalFireAt)).toBe(true);
    // Every earlier plan was withdrawn, not sent.
    expect(
      log.filter((entry) => entry.status !== 'sent').every((entry) => entry.status === 'skipped'),
    ).toBe(true);
  }, 150_000);

  it('a promoted waitlister gets the reminders still ahead and none already sent', async () => {
    const { event, first, second, earlyFire, lateFire } = await promotion;
    const firstMails = reminders(first.email, 'Welcome dinner');
    expect(firstMails).toHaveLength(1); // the early one; cancelled before the late one
    expect(firstMails[0]!.text).toContain('starts in 1 minute 20 seconds');
    const secondMails = reminders(second.email, 'Welcome dinner');
    expect(secondMails).toHaveLength(1);
    expect(secondMails[0]!.text).toContain('starts in 30 seconds');
    expect(secondMails[0]!.receivedAt - lateFire).toBeLessThanOrEqual(ON_TIME_MS);
    const log = await deliveryLog(event.id, 'session_reminder');
    const forSecond = log.filter((entry) => entry.recipient === second.email);
    expect(forSecond.map((entry) => new Date(entry.fireAt).getTime())).toEqual([lateFire]);
    expect(
      log.find(
        (entry) =>
          entry.recipient === first.email && new Date(entry.fireAt).getTime() === earlyFire,
      )?.status,
    ).toBe('sent');
  }, 150_000);

  it('a mission reminder reaches only the teams that have not submitted', async () => {
    const { event, submitted, silent } = await missionReminders;
    for (const email of silent) {
      const mails = reminders(email, '"Pitch a campaign"');
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain('has not submitted "Pitch a campaign"');
    }
    for (const email of submitted) expect(reminders(email, '"Pitch a campaign"')).toHaveLength(0);
    const log = await deliveryLog(event.id, 'mission_reminder');
    for (const email of submitted)
      expect(log.find((entry) => entry.recipient === email)).toMatchObject({
        status: 'skipped',
        reason: 'the team has submitted',
      });
    // No session reminders here: their only offset (P1D) was long past.
    expect(await deliveryLog(event.id, 'session_reminder')).toHaveLength(0);
  }, 150_000);

  it('a worker down across fire times: late reminders go out once if the session has not started, else skipped', async () => {
    const { people, log, restartedAt } = await lateDelivery;
    for (const person of people) {
      const talk = reminders(person.email, 'Evening talk');
      expect(talk).toHaveLength(1);
      expect(talk[0]!.receivedAt).toBeGreaterThanOrEqual(restartedAt);
      expect(reminders(person.email, 'Morning walk')).toHaveLength(0);
      expect(log.filter((entry) => entry.email === person.email)).toEqual(
        expect.arrayContaining([
          { email: person.email, title: 'Evening talk', status: 'sent', reason: null },
          {
            email: person.email,
            title: 'Morning walk',
            status: 'skipped',
            reason: 'it had started when the reminder could be sent',
          },
        ]),
      );
    }
    expect(log).toHaveLength(4);
  }, 150_000);
});
