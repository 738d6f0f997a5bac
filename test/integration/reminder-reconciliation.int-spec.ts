import { DateTime } from 'luxon';
import { EventService } from '#core/events/index.js';
import { SessionService } from '#core/itinerary/index.js';
import { RegistrationService } from '#core/registrations/index.js';
import { ReminderReconcilerService } from '#core/reminders/index.js';
import {
  newOrganization,
  newUsers,
  publishedEvent,
  registrationInput,
  type OrganizationSetup,
} from '../support/core-factories.js';
import { CoreTestingModule } from '../support/core-testing-module.js';

const HORIZON_MS = 24 * 3600_000;
const noJobs = async () => undefined;

/**
 * Which events a reconciliation tick re-plans: all running or coming ones the first time, then
 * only those changed since its mark and those whose reminders may fire within the horizon. A
 * plan request that never reached the worker (here: nothing relays the outbox at all) is made
 * good by the next tick.
 */
describe('reminder reconciliation', () => {
  let core: CoreTestingModule;
  let setup: OrganizationSetup;

  beforeAll(async () => {
    core = await CoreTestingModule.start();
    setup = await newOrganization(core);
  });
  afterAll(() => core.stop());

  /** As if every change so far had been made an hour ago, before the last tick's mark. */
  async function ageChanges(): Promise<void> {
    await core.query(
      `UPDATE events SET reminders_changed_at = reminders_changed_at - interval '1 hour'`,
    );
    await core.query(`UPDATE sessions SET updated_at = updated_at - interval '1 hour'`);
    await core.query(`UPDATE missions SET created_at = created_at - interval '1 hour'`);
    await core.query(`UPDATE registration_changes SET at = at - interval '1 hour'`);
  }

  const scheduledFor = async (eventId: string) =>
    (
      await core.query<{ recipient_id: string; fire_at: Date }>(
        `SELECT recipient_id, fire_at FROM notifications
          WHERE event_id = $1 AND kind = 'event_reminder' AND status = 'scheduled'`,
        [eventId],
      )
    ).map((row) => `${row.recipient_id}@${row.fire_at.toISOString()}`);

  it('re-plans everything once, then only what changed or is about to fire', async () => {
    const reconciler = core.get(ReminderReconcilerService);
    const registrations = core.get(RegistrationService);
    const far = await publishedEvent(core, setup, {
      startsOn: '2030-07-12',
      endsOn: '2030-07-20',
      timezone: 'Asia/Seoul',
      eventReminderOffsets: ['P1D'],
    });
    const start = DateTime.utc().plus({ hours: 3 }).startOf('minute');
    const near = await publishedEvent(core, setup, {
      timezone: 'UTC',
      startsOn: start.toISODate()!,
      endsOn: start.plus({ days: 1 }).toISODate()!,
      sessionReminderOffsets: ['PT1H'],
    });
    await core.get(SessionService).create(setup.organizer, near.id, {
      title: 'Opening',
      type: 'lecture',
      startsAt: start.toJSDate(),
      endsAt: start.plus({ hours: 1 }).toJSDate(),
      timezone: 'UTC',
    });
    const people = await newUsers(core, 3);
    for (const person of people.slice(0, 2)) {
      await registrations.register(person, far.id, registrationInput());
      await registrations.register(person, near.id, registrationInput());
    }

    const first = await reconciler.run(HORIZON_MS, noJobs);
    expect(first.full).toBe(true);
    expect(first.eventIds).toEqual(expect.arrayContaining([far.id, near.id]));
    const dayBefore = '2030-07-10T15:00:00.000Z'; // 00:00 on 12 July in Seoul, less a day
    expect((await scheduledFor(far.id)).sort()).toEqual(
      people
        .slice(0, 2)
        .map((person) => `${person.id}@${dayBefore}`)
        .sort(),
    );

    // Nothing changed since: only the event whose reminders come within the horizon.
    await ageChanges();
    const quiet = await reconciler.run(HORIZON_MS, noJobs);
    expect(quiet).toMatchObject({ full: false, eventIds: [near.id], failedEventIds: [] });

    // A registration whose plan request is lost: the next tick plans its reminder.
    await registrations.register(people[2]!, far.id, registrationInput());
    expect(await scheduledFor(far.id)).toHaveLength(2);
    const afterRegistration = await reconciler.run(HORIZON_MS, noJobs);
    expect(afterRegistration.eventIds.sort()).toEqual([far.id, near.id].sort());
    expect(await scheduledFor(far.id)).toContain(`${people[2]!.id}@${dayBefore}`);

    // A change of the event's reminder offsets, likewise.
    await ageChanges();
    expect((await reconciler.run(HORIZON_MS, noJobs)).eventIds).toEqual([near.id]);
    await core.get(EventService).update(setup.organizer, far.id, { eventReminderOffsets: ['P2D'] });
    const afterPatch = await reconciler.run(HORIZON_MS, noJobs);
    expect(afterPatch.eventIds.sort()).toEqual([far.id, near.id].sort());
    expect(await scheduledFor(far.id)).toEqual(
      expect.arrayContaining(people.map((person) => `${person.id}@2030-07-09T15:00:00.000Z`)),
    );
    expect(await scheduledFor(far.id)).toHaveLength(3);
  });

  it('counts a reminder offset it cannot read as the longest, so the event looks near', async () => {
    const [row] = await core.query<Record<string, string>>(
      `SELECT public.gofar_reminder_lead('{P1D,PT1H}')::text AS usual,
              public.gofar_reminder_lead('{P999999999D}')::text AS absurd,
              public.gofar_reminder_lead('{P1M}')::text AS months,
              public.gofar_reminder_lead('{}')::text AS none`,
    );
    expect(row).toEqual({
      usual: '24:00:00',
      absurd: '8808:00:00',
      months: '8808:00:00',
      none: '00:00:00',
    });
  });
});
