import { Redis } from 'ioredis';
import {
  eventBody,
  loginAdmin,
  newEvent,
  newOrganization,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { liveEvent, registerAll, secondsAfter } from './support/live-programme.js';
import { until } from './support/timing.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import type { RunningProcess } from './support/api-process.js';
import { REDIS_URL } from './support/test-environment.js';
import { deleteInstallKeys } from './support/redis-keys.js';

/**
 * One organization's broken event must not stop reminders for the others: its planning fails
 * for real (a trigger refuses its reminder rows, an absurd offset sits in its row), and the
 * reconciliation ticks every 2 s while another organization's reminder is due. Redis loses
 * every key of the install before that reminder fires, so only a reconciliation that still
 * works for the healthy organization can bring it back in time.
 */

/** How late a reminder may reach the sink after its fire time. */
const ON_TIME_MS = 3000;
const OFFSET_FIELDS = ['eventReminderOffsets', 'sessionReminderOffsets', 'missionReminderOffsets'];
const ABSURD_OFFSETS = ['P999999999D', 'PT99999999999999999999S', 'P367D', 'P53W'];

let sink: SmtpSink;
let stack: Stack;
let worker: RunningProcess;
let orgA: OrganizationFixture;
let orgB: OrganizationFixture;
let redis: Redis;

beforeAll(async () => {
  redis = new Redis(REDIS_URL);
  sink = await SmtpSink.start();
  stack = await Stack.start(sink.url, { RECONCILE_INTERVAL_SECONDS: '2' });
  worker = await stack.startWorker({ RECONCILE_INTERVAL_SECONDS: '2' });
  const admin = await loginAdmin(stack.client);
  orgA = await newOrganization(stack.client, admin);
  orgB = await newOrganization(stack.client, admin);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await sink?.stop();
  redis?.disconnect();
});

describe('reminder offsets', () => {
  it.each(OFFSET_FIELDS)('refuses absurd %s at creation with 400', async (field) => {
    for (const offset of ABSURD_OFFSETS) {
      const response = await stack.client.post(
        '/api/v1/events',
        eventBody(orgA.id, { [field]: ['PT1H', offset] }),
        { token: orgA.organizer.token },
      );
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.details).toEqual([
        expect.objectContaining({
          field,
          constraint: 'isReminderOffset',
          message: expect.stringContaining('at most 366 days'),
        }),
      ]);
    }
  });

  it('says the bound in the OpenAPI document', async () => {
    const document = await stack.client.get('/docs-json');
    const fields = document.body.components.schemas.CreateEventDto.properties;
    for (const field of OFFSET_FIELDS)
      expect(fields[field].description).toContain('at most 366 days');
  });

  it('accepts the longest offset and the usual forms', async () => {
    const event = await newEvent(stack.client, orgA.organizer, orgA.id, {
      eventReminderOffsets: ['P366D', 'P52W', 'P1W', 'P1D'],
      sessionReminderOffsets: ['PT1H', 'PT30S', 'P1DT12H'],
      missionReminderOffsets: ['PT8784H'],
    });
    expect(event.eventReminderOffsets).toEqual(['P366D', 'P52W', 'P1W', 'P1D']);
  });

  it.each(OFFSET_FIELDS)(
    'refuses absurd %s in a PATCH, and keeps the event as it was',
    async (field) => {
      const event = await newEvent(stack.client, orgA.organizer, orgA.id);
      for (const offset of ABSURD_OFFSETS) {
        const response = await stack.client.patch(
          `/api/v1/events/${event.id}`,
          { [field]: [offset] },
          { token: orgA.organizer.token },
        );
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([
          field,
        ]);
      }
      const unchanged = await stack.client.get(`/api/v1/events/${event.id}`, {
        token: orgA.organizer.token,
      });
      expect(unchanged.body[field]).toEqual(event[field]);
    },
  );
});

describe("one organization's failing event", () => {
  it("does not stop another organization's reminder, nor the reconciliation", async () => {
    const t0 = Date.now();
    // A: a session in ten minutes with a reminder five minutes before it, so every plan
    // writes reminder rows, which the trigger below refuses.
    const broken = await liveEvent(stack.client, orgA.organizer, orgA.id, {
      overrides: { title: 'Broken Camp', sessionReminderOffsets: ['PT5M'] },
      sessions: [{ title: 'Broken opening', startsAt: secondsAfter(t0, 600_000) }],
    });
    await stack.query(`
        CREATE FUNCTION refuse_reminders_of_one_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.event_id = '${broken.id}' AND NEW.kind LIKE '%_reminder' THEN
            RAISE EXCEPTION 'reminders of this event are refused for the test';
          END IF;
          RETURN NEW;
        END $$`);
    await stack.query(`
        CREATE TRIGGER refuse_reminders_of_one_event BEFORE INSERT ON notifications
        FOR EACH ROW EXECUTE FUNCTION refuse_reminders_of_one_event()`);
    // An offset stored before offsets were bounded, past the validation.
    await stack.query(`UPDATE events SET event_reminder_offsets = '{P999999999D}' WHERE id = $1`, [
      broken.id,
    ]);
    const [brokenParticipant] = await fastUsers(stack.env.DATABASE_URL!, 1, 'broken');
    await registerAll(stack.client, broken.id, [brokenParticipant!]);

    // B: a session 90 s ahead with a PT1M reminder, as an ordinary organization has.
    const startsAt = secondsAfter(t0, 90_000);
    const healthy = await liveEvent(stack.client, orgB.organizer, orgB.id, {
      overrides: { title: 'Healthy Forum', sessionReminderOffsets: ['PT1M'] },
      sessions: [{ title: 'Healthy keynote', startsAt }],
    });
    const [participant] = await fastUsers(stack.env.DATABASE_URL!, 1, 'healthy');
    await registerAll(stack.client, healthy.id, [participant!]);
    const fireAt = startsAt.getTime() - 60_000;
    // Its reminder time is queued; then Redis loses it, with every other key of the install.
    const delayedKey = `${stack.env.QUEUE_PREFIX}:notifications:delayed`;
    const queuedBy = Date.now() + 15_000;
    while (!(await redis.zrange(delayedKey, 0, -1)).some((id) => id.startsWith('fire-'))) {
      if (Date.now() > queuedBy) throw new Error(`no reminder job queued:\n${worker.output()}`);
      await until(Date.now() + 100);
    }
    expect(await deleteInstallKeys(redis, stack.env.QUEUE_PREFIX!)).toBeGreaterThan(0);
    expect(fireAt - Date.now()).toBeGreaterThan(5000); // the ticks run before it is due

    const reminder = () =>
      sink
        .to(participant!.email)
        .filter((mail) => mail.subject.startsWith('Reminder: Healthy keynote'));
    await until(fireAt + ON_TIME_MS + 2000);
    const log = worker.transcript();
    expect({ received: reminder().length, log: log.slice(-4000) }).toMatchObject({ received: 1 });
    expect(reminder()[0]!.receivedAt - fireAt).toBeLessThan(ON_TIME_MS);
    expect(reminder()[0]!.receivedAt).toBeGreaterThanOrEqual(fireAt - 500);

    // A really failed, and the worker said which event, with no personal data.
    const brokenRows = await stack.query(
      `SELECT count(*)::int AS n FROM notifications WHERE event_id = $1 AND kind LIKE '%_reminder'`,
      [broken.id],
    );
    expect(brokenRows[0]).toEqual({ n: 0 });
    expect(log).toContain(`Event ${broken.id}: re-planning its reminders failed`);
    expect(log).toContain('reminders of this event are refused for the test');
    expect(log).toMatch(
      new RegExp(`Job plan-reminders \\S+ of event ${broken.id} attempt \\d+ failed`),
    );
    expect(log).toContain(
      `Event ${broken.id}: event_reminder offset P999999999D gives no usable fire time`,
    );
    expect(log).not.toContain(brokenParticipant!.email);
    // The ticks kept completing while A failed: B was re-planned each time.
    const ticks = log.match(/reconcile \S+: 1 events re-planned, 1 failed/g) ?? [];
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(log).not.toContain('NaN');
  }, 180_000);
});
