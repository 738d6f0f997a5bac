import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { digestJobId } from '#core/digests/index.js';
import { localTime } from '#core/itinerary/index.js';
import { loginAdmin, newOrganization } from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import {
  liveEvent,
  registerAll,
  registerConfirmed,
  secondsAfter,
} from './support/live-programme.js';
import { until } from './support/timing.js';
import { SmtpSink, type CapturedMail, type Verdict } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { REDIS_URL } from './support/test-environment.js';
import { deleteInstallKeys } from './support/redis-keys.js';

/**
 * Keeping promises when things break: a worker killed mid-batch, Redis losing every key of the
 * install, two workers at once, a mail server refusing for a while. Each scenario has an
 * installation of its own (database, Redis prefix, workers, SMTP sink) and they run side by
 * side, started in beforeAll, so the file lasts about as long as the slowest one.
 */

const WORKER_CONCURRENCY = 20;

const stacks: Stack[] = [];
const sinks: SmtpSink[] = [];
let redis: Redis;

async function installation(
  options: { verdict?: (recipient: string, attempt: number) => Verdict; delayMs?: number } = {},
  env: Record<string, string> = {},
) {
  const sink = await SmtpSink.start(options);
  sinks.push(sink);
  const stack = await Stack.start(sink.url, env);
  stacks.push(stack);
  const centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  return { sink, stack, centre };
}

const remindersIn = (mails: CapturedMail[], title: string) =>
  mails.filter((mail) => mail.subject.startsWith(`Reminder: ${title}`));

function scenario<T>(run: () => Promise<T>): Promise<T> {
  const result = run();
  result.catch(() => undefined); // reported by the test that awaits it
  return result;
}

/** 500 reminders due at once; the worker is killed with SIGKILL while sending them. */
async function killMidBatch() {
  const { sink, stack, centre } = await installation(
    { delayMs: 20 },
    { WORKER_CONCURRENCY: String(WORKER_CONCURRENCY) },
  );
  const first = await stack.startWorker();
  const t0 = Date.now();
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Big Night', capacity: 500, sessionReminderOffsets: ['PT30S'] },
    sessions: [{ title: 'Gala', startsAt: secondsAfter(t0, 75_000) }],
  });
  const people = await fastUsers(stack.env.DATABASE_URL!, 500, 'gala');
  await registerConfirmed(stack.client, event.id, people);
  const gala = () => remindersIn(sink.messages, 'Gala');
  // Kill it once a fifth of the batch has arrived: the rest is queued or in flight.
  await sink.waitFor(() => gala().length >= 100, 90_000);
  first.child.kill('SIGKILL');
  const atKill = gala().length;
  await stack.startWorker();
  // The property is "none lost"; on a busy host the new worker needs longer than on an idle one
  // (it waits for the killed worker's locks to lapse, then sends the rest).
  await sink.waitFor(() => new Set(gala().map((mail) => mail.to)).size === people.length, 150_000);
  await until(Date.now() + 3000); // anything sent twice would have arrived by now
  return { people, mails: gala(), atKill };
}

/** Reminders planned, then every key of the install deleted before they are due. */
async function wipeRedisBeforeFire() {
  const { sink, stack, centre } = await installation({}, { RECONCILE_INTERVAL_SECONDS: '2' });
  await stack.startWorker();
  const t0 = Date.now();
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Lost Keys', sessionReminderOffsets: ['PT30S'] },
    sessions: [{ title: 'Harbour walk', startsAt: secondsAfter(t0, 60_000) }],
  });
  const people = await fastUsers(stack.env.DATABASE_URL!, 5, 'wiped');
  await registerAll(stack.client, event.id, people);
  const prefix = stack.env.QUEUE_PREFIX!;
  const delayedKey = `${prefix}:notifications:delayed`;
  while (!(await redis.zrange(delayedKey, 0, -1)).some((id) => id.startsWith('fire-')))
    await until(Date.now() + 100);
  const deleted = await deleteInstallKeys(redis, prefix);
  const fireAt = secondsAfter(t0, 60_000).getTime() - 30_000;
  expect(Date.now()).toBeLessThan(fireAt - 5000);
  // Recovery waits for a reconciliation tick (every 2 s here) and this file runs its scenarios
  // side by side, so the reminders get a generous margin; the assertion is "once each".
  await sink
    .waitFor(() => remindersIn(sink.messages, 'Harbour walk').length >= people.length, 40_000)
    .catch(() => undefined);
  await until(Math.max(Date.now(), fireAt) + 3000);
  const log = await stack.query(
    `SELECT status, reason, attempts FROM notifications WHERE event_id = $1 AND kind = 'session_reminder'`,
    [event.id],
  );
  const workerLog = stack.workers[0]!.output()
    .split('\n')
    .filter((line) => /reconcile|Reminder time|Batch|rror|warn/i.test(line))
    .slice(-30)
    .join('\n');
  return { people, mails: remindersIn(sink.messages, 'Harbour walk'), deleted, log, workerLog };
}

/** Two workers and a reconciliation tick every two seconds while reminders fall due. */
async function twoWorkersAndTicks() {
  const { sink, stack, centre } = await installation({}, { RECONCILE_INTERVAL_SECONDS: '2' });
  await Promise.all([stack.startWorker(), stack.startWorker()]);
  const t0 = Date.now();
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Twin Workers', sessionReminderOffsets: ['PT45S', 'PT30S'] },
    sessions: [
      { title: 'Lantern making', startsAt: secondsAfter(t0, 60_000), venue: 'Room 1' },
      { title: 'Tea ceremony', startsAt: secondsAfter(t0, 62_000), venue: 'Room 2' },
    ],
  });
  const people = await fastUsers(stack.env.DATABASE_URL!, 20, 'twin');
  await registerConfirmed(stack.client, event.id, people);
  await until(secondsAfter(t0, 62_000).getTime() - 30_000 + 6000);
  const ticks = stack.workers
    .map((worker) => worker.output().match(/"msg":"reconcile [^"]*"/g)?.length ?? 0)
    .reduce((sum, count) => sum + count, 0);
  return { people, mails: sink.messages, ticks };
}

/** The mail server answers 421 to everything for 30 s, from just before reminders fall due. */
async function refusingMailServer() {
  let refuseFrom = Number.POSITIVE_INFINITY;
  const refusals = { count: 0 };
  const { sink, stack, centre } = await installation({
    verdict: () => {
      const now = Date.now();
      if (now >= refuseFrom && now < refuseFrom + 30_000) {
        refusals.count += 1;
        return { code: 421, message: 'Service not available, try again later' };
      }
      return null;
    },
  });
  await stack.startWorker();
  const t0 = Date.now();
  const startsAt = secondsAfter(t0, 120_000);
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Patient Post', sessionReminderOffsets: ['PT95S'] },
    sessions: [{ title: 'Closing talk', startsAt }],
  });
  const people = await fastUsers(stack.env.DATABASE_URL!, 5, 'refused');
  await registerAll(stack.client, event.id, people);
  const fireAt = startsAt.getTime() - 95_000;
  refuseFrom = fireAt - 2000;
  await sink.waitFor(
    () => new Set(remindersIn(sink.messages, 'Closing talk').map((mail) => mail.to)).size === 5,
    100_000,
  );
  await until(Date.now() + 3000);
  const log = await stack.query<{ status: string; attempts: number }>(
    `SELECT status, attempts FROM notifications WHERE event_id = $1 AND kind = 'session_reminder'`,
    [event.id],
  );
  return { people, mails: remindersIn(sink.messages, 'Closing talk'), refusals, refuseFrom, log };
}

/** A staff digest, read from its planned job and run now. */
async function digestOfToday() {
  const { sink, stack, centre } = await installation();
  await stack.startWorker();
  const zone = 'Asia/Ho_Chi_Minh';
  // Tomorrow in Hanoi: its 07:00 digest is still ahead whatever the hour now.
  const startsAt = DateTime.now()
    .setZone(zone)
    .plus({ days: 1 })
    .set({ hour: 10, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Hanoi Days', timezone: zone },
    sessions: [
      { title: 'Temple of Literature visit', startsAt, venue: 'Temple gate' },
      { title: 'Team pitch rehearsal', startsAt: new Date(startsAt.getTime() + 2 * 3600_000) },
    ],
  });
  await stack.client.post(
    `/api/v1/events/${event.id}/staff`,
    { email: centre.staff.email },
    { token: centre.organizer.token },
  );
  const people = await fastUsers(stack.env.DATABASE_URL!, 3, 'digest');
  await registerAll(stack.client, event.id, people.slice(0, 2));
  await registerAll(stack.client, event.id, people.slice(2), {
    dietaryRequirements: ['vegetarian'],
    medicalNotes: null,
  });
  const date = localTime(startsAt, zone).date;
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('reminders', { connection, prefix: stack.env.QUEUE_PREFIX! });
  try {
    let job = await queue.getJob(digestJobId(event.id, date));
    const deadline = Date.now() + 20_000;
    while (!job && Date.now() < deadline) {
      await until(Date.now() + 200);
      job = await queue.getJob(digestJobId(event.id, date));
    }
    expect(job).toBeDefined();
    const planned = { ...job!.data, delay: job!.opts.delay };
    await job!.promote(); // as if 07:00 in Hanoi had come
    const digests = () =>
      sink.to(centre.staff.email).filter((mail) => mail.subject.startsWith('Today at'));
    await sink.waitFor(() => digests().length > 0, 20_000);
    await until(Date.now() + 1500);
    return { planned, date, mails: digests(), people };
  } finally {
    await queue.close();
    await connection.quit();
  }
}

let killed: ReturnType<typeof killMidBatch>;
let wiped: ReturnType<typeof wipeRedisBeforeFire>;
let twins: ReturnType<typeof twoWorkersAndTicks>;
let refused: ReturnType<typeof refusingMailServer>;
let digest: ReturnType<typeof digestOfToday>;

beforeAll(() => {
  redis = new Redis(REDIS_URL);
  killed = scenario(killMidBatch);
  wiped = scenario(wipeRedisBeforeFire);
  twins = scenario(twoWorkersAndTicks);
  refused = scenario(refusingMailServer);
  digest = scenario(digestOfToday);
});

afterAll(async () => {
  await Promise.allSettled([killed, wiped, twins, refused, digest]);
  await Promise.all(stacks.map((stack) => stack.stop()));
  await Promise.all(sinks.map((sink) => sink.stop()));
  redis.disconnect();
}, 240_000);

describe('resilience', () => {
  it('a worker killed with SIGKILL mid-batch loses none of 500 reminders; duplicates share their Message-ID and are at most WORKER_CONCURRENCY', async () => {
    const { people, mails, atKill } = await killed;
    expect(atKill).toBeLessThan(people.length);
    const byRecipient = new Map<string, CapturedMail[]>();
    for (const mail of mails) byRecipient.set(mail.to, [...(byRecipient.get(mail.to) ?? []), mail]);
    expect(byRecipient.size).toBe(people.length);
    const duplicates = mails.length - people.length;
    expect(duplicates).toBeLessThanOrEqual(WORKER_CONCURRENCY);
    for (const copies of byRecipient.values())
      expect(new Set(copies.map((mail) => mail.messageId)).size).toBe(1);
  }, 240_000);

  it('reminders survive the deletion of every Redis key of the install and arrive once', async () => {
    const { people, mails, deleted, log, workerLog } = await wiped;
    expect(deleted).toBeGreaterThan(0);
    if (mails.length !== people.length) console.log(JSON.stringify(log), workerLog);
    for (const person of people)
      expect(mails.filter((mail) => mail.to === person.email)).toHaveLength(1);
  }, 240_000);

  it('two workers and reconciliation ticks in the middle: each reminder once', async () => {
    const { people, mails, ticks } = await twins;
    expect(ticks).toBeGreaterThanOrEqual(2);
    for (const person of people)
      for (const title of ['Lantern making', 'Tea ceremony'])
        expect(remindersIn(mails, title).filter((mail) => mail.to === person.email)).toHaveLength(
          2,
        ); // PT45S and PT30S
    const reminderIds = mails
      .filter((mail) => mail.subject.startsWith('Reminder:'))
      .map((mail) => mail.messageId);
    expect(new Set(reminderIds).size).toBe(reminderIds.length);
  }, 240_000);

  it('a mail server refusing with 421 for 30 s: everything arrives afterwards, once each', async () => {
    const { people, mails, refusals, refuseFrom, log } = await refused;
    expect(refusals.count).toBeGreaterThanOrEqual(people.length);
    for (const person of people) {
      const received = mails.filter((mail) => mail.to === person.email);
      expect(received).toHaveLength(1);
      expect(received[0]!.receivedAt).toBeGreaterThanOrEqual(refuseFrom + 30_000);
    }
    expect(log).toHaveLength(people.length);
    for (const entry of log) {
      expect(entry.status).toBe('sent');
      expect(entry.attempts).toBeGreaterThan(1);
    }
  }, 240_000);

  it('the staff digest is planned at 07:00 where the day begins and counts without revealing', async () => {
    const { planned, date, mails } = await digest;
    const sevenInHanoi = new Date(`${date}T00:00:00Z`); // 07:00 at UTC+07:00
    expect(planned.fireAt).toBe(sevenInHanoi.toISOString());
    expect(planned.delay).toBeGreaterThan(0); // planned ahead, not sent at once
    expect(mails).toHaveLength(1);
    const text = mails[0]!.text;
    expect(mails[0]!.subject).toMatch(/^Today at Hanoi Days: /);
    expect(text).toContain('times in Asia/Ho_Chi_Minh');
    expect(text).toMatch(/\d\d:\d\d–\d\d:\d\d Temple of Literature visit, Temple gate/);
    expect(text).toContain('Team pitch rehearsal');
    expect(text).toContain('Confirmed participants: 3.');
    expect(text).toContain('Dietary needs: halal 2, vegetarian 1.');
    expect(text).toContain('Participants with medical notes: 2');
    expect(text).not.toContain('Asthma');
    expect(text).toContain('Registration changes since the last digest (3):');
    expect(text).toMatch(/digest \w+ \d \(VN\): new → confirmed/);
  }, 240_000);
});
