import { StaffDigestService } from '#core/digests/index.js';
import { SessionService } from '#core/itinerary/index.js';
import { RegistrationService } from '#core/registrations/index.js';
import { EventStatsService } from '#core/stats/index.js';
import {
  newOrganization,
  newUsers,
  publishedEvent,
  registrationInput,
  type OrganizationSetup,
} from '../support/core-factories.js';
import { CoreTestingModule } from '../support/core-testing-module.js';

/** The console's search folding, figures and digest days against PostgreSQL, at fixed instants. */
describe('console figures', () => {
  let core: CoreTestingModule;
  let setup: OrganizationSetup;

  beforeAll(async () => {
    core = await CoreTestingModule.start();
    setup = await newOrganization(core);
  });
  afterAll(() => core.stop());

  it('gofar_fold drops case, accents and the stroke of đ, and leaves other scripts alone', async () => {
    const cases: [string, string][] = [
      ['Nguyễn Thị Ánh', 'nguyen thi anh'],
      ['ĐẶNG Văn Đức', 'dang van duc'],
      ['Phạm Thu Hà', 'pham thu ha'],
      ['Lê Hoàng Anh', 'le hoang anh'],
      ['Trần Thị Ngọc Hương', 'tran thi ngoc huong'],
      ['Müller Çelik', 'muller celik'],
      ['สมชาย ใจดี', 'สมชาย ใจดี'],
      ['김지우', '김지우'],
      ['Lan@Gofar.Test', 'lan@gofar.test'],
    ];
    for (const [input, folded] of cases) {
      const [row] = await core.query<{ folded: string }>('SELECT public.gofar_fold($1) AS folded', [
        input,
      ]);
      expect(row!.folded).toBe(folded);
    }
  });

  it('counts today’s notifications within the local day of the event’s zone', async () => {
    const event = await publishedEvent(core, setup, { timezone: 'Asia/Ho_Chi_Minh' });
    // 23:59 on 12 July 2030 in Hanoi (UTC+7).
    const now = new Date('2030-07-12T16:59:00Z');
    const rows: [string, string, string | null][] = [
      ['sent', '2030-07-11T16:59:59Z', '2030-07-11T16:59:59Z'], // 23:59:59 the day before
      ['sent', '2030-07-11T17:00:00Z', '2030-07-11T17:00:00Z'], // 00:00 that day
      ['sent', '2030-07-12T16:58:00Z', '2030-07-12T16:58:00Z'],
      ['scheduled', '2030-07-12T16:59:59Z', null],
      ['scheduled', '2030-07-12T17:00:00Z', null], // 00:00 the next day
      ['skipped', '2030-07-12T10:00:00Z', null],
    ];
    for (const [status, fireAt, sentAt] of rows)
      await core.query(
        `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, status, sent_at)
         VALUES ('event_reminder', $1, $2, $3, $1, $4, $5)`,
        [event.id, setup.staff.id, fireAt, status, sentAt],
      );
    await core.query(
      `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, status, updated_at)
       VALUES ('event_reminder', $1, $2, '2030-07-12T01:00:00Z', $1, 'failed', '2030-07-12T01:05:00Z')`,
      [event.id, setup.staff.id],
    );
    const stats = await core.get(EventStatsService).forEvent(setup.organizer, event.id, now);
    expect(stats.today).toBe('2030-07-12');
    expect(stats.notificationsToday).toEqual({ sent: 2, failed: 1, scheduled: 1 });
    // A staff member of the organization who is not staff of this event sees no figures.
    await expect(
      core.get(EventStatsService).forEvent(setup.staff, event.id, now),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the digest’s default day is today where the programme is, and the email and JSON gather alike', async () => {
    const event = await publishedEvent(core, setup, {
      timezone: 'Asia/Seoul',
      startsOn: '2030-07-12',
      endsOn: '2030-07-20',
    });
    const sessions = core.get(SessionService);
    const add = (title: string, startsAt: string, timezone: string) =>
      sessions.create(setup.organizer, event.id, {
        title,
        type: 'lecture',
        startsAt: new Date(startsAt),
        endsAt: new Date(new Date(startsAt).getTime() + 3600_000),
        timezone,
      });
    await add('Seoul forum', '2030-07-16T09:00:00+09:00', 'Asia/Seoul');
    await add('Hanoi forum', '2030-07-18T09:00:00+07:00', 'Asia/Ho_Chi_Minh');
    const [person] = await newUsers(core, 1, { label: 'digest' });
    await core.get(RegistrationService).register(person!, event.id, registrationInput());

    const digests = core.get(StaffDigestService);
    // 06:30 on the 18th in Hanoi (08:30 in Seoul): the Hanoi day.
    const hanoiMorning = await digests.forDate(
      setup.organizer,
      event.id,
      undefined,
      new Date('2030-07-17T23:30:00Z'),
    );
    expect(hanoiMorning.day).toMatchObject({
      date: '2030-07-18',
      zone: 'Asia/Ho_Chi_Minh',
      scheduled: true,
      confirmed: 1,
      withMedicalNotes: 1,
    });
    expect(hanoiMorning.day.digestAt.toISOString()).toBe('2030-07-18T00:00:00.000Z');
    expect(hanoiMorning.medicalNotes).toEqual([
      expect.objectContaining({
        full_name: person!.fullName,
        medical_notes: 'Asthma: carries an inhaler',
      }),
    ]);
    // 10:00 on the 16th in Seoul: the Seoul day, whose window ends at 07:00 Seoul time.
    const seoul = await digests.forDate(
      setup.organizer,
      event.id,
      undefined,
      new Date('2030-07-16T01:00:00Z'),
    );
    expect(seoul.day).toMatchObject({ date: '2030-07-16', zone: 'Asia/Seoul', changeCount: 1 });
    expect(seoul.day.changesUntil.toISOString()).toBe('2030-07-15T22:00:00.000Z');
    // A day between: no sessions, the event's zone, the changes since the previous digest.
    const between = await digests.forDate(
      setup.organizer,
      event.id,
      undefined,
      new Date('2030-07-17T01:00:00Z'),
    );
    expect(between.day).toMatchObject({ date: '2030-07-17', zone: 'Asia/Seoul', scheduled: false });
    expect(between.day.changesSince.toISOString()).toBe('2030-07-15T22:00:00.000Z');

    // The email of the Seoul day comes from the same gathering.
    const gathered = await digests.gather(event, '2030-07-16', null, 30);
    expect(gathered).toEqual(seoul.day);
  });
});
