import { EventService } from '#core/events/index.js';
import { ItineraryService, SessionService, type SessionInput } from '#core/itinerary/index.js';
import {
  newOrganization,
  publishedEvent,
  type OrganizationSetup,
} from '../support/core-factories.js';
import { CoreTestingModule } from '../support/core-testing-module.js';

/** Local days, zones, venue conflicts and event dates of a programme that moves between countries. */
describe('itinerary rules', () => {
  let core: CoreTestingModule;
  let setup: OrganizationSetup;
  let sessions: SessionService;

  beforeAll(async () => {
    core = await CoreTestingModule.start();
    setup = await newOrganization(core);
    sessions = core.get(SessionService);
  });
  afterAll(() => core.stop());

  const session = (fields: Partial<SessionInput> & Pick<SessionInput, 'startsAt' | 'endsAt'>) => ({
    title: 'Session',
    type: 'lecture' as const,
    timezone: 'Asia/Seoul',
    ...fields,
  });
  const at = (iso: string) => new Date(iso);

  it('groups by local date, each day in the zone of its first session, and warns of mandatory overlaps', async () => {
    const event = await publishedEvent(core, setup, {
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
    });
    const add = (fields: Parameters<typeof session>[0]) =>
      sessions.create(setup.organizer, event.id, session(fields));
    await add({
      title: 'Breakfast briefing',
      startsAt: at('2027-07-13T07:00:00+09:00'),
      endsAt: at('2027-07-13T08:00:00+09:00'),
    });
    // 09:00 in Seoul on 12 July, written in UTC.
    await add({
      title: 'Opening lecture',
      startsAt: at('2027-07-12T00:00:00Z'),
      endsAt: at('2027-07-12T01:30:00Z'),
      mandatory: true,
    });
    await add({
      title: 'Flight ICN → HAN',
      type: 'travel',
      startsAt: at('2027-07-17T10:00:00+09:00'),
      endsAt: at('2027-07-17T12:30:00+07:00'),
      endTimezone: 'Asia/Ho_Chi_Minh',
    });
    await add({
      title: 'Old Quarter walk',
      timezone: 'Asia/Ho_Chi_Minh',
      startsAt: at('2027-07-17T15:00:00+07:00'),
      endsAt: at('2027-07-17T17:00:00+07:00'),
    });
    const missions = await add({
      title: 'Team missions',
      timezone: 'Asia/Ho_Chi_Minh',
      startsAt: at('2027-07-18T01:00:00Z'),
      endsAt: at('2027-07-18T04:00:00Z'),
      mandatory: true,
    });
    const call = await add({
      title: 'Call with Yangon partners',
      timezone: 'Asia/Yangon',
      startsAt: at('2027-07-18T09:30:00+06:30'),
      endsAt: at('2027-07-18T10:30:00+06:30'),
      mandatory: true,
    });

    const itinerary = await core.get(ItineraryService).forEvent(setup.organizer, event.id);
    expect(itinerary.days.map((day) => [day.date, day.timezone])).toEqual([
      ['2027-07-12', 'Asia/Seoul'],
      ['2027-07-13', 'Asia/Seoul'],
      ['2027-07-17', 'Asia/Seoul'],
      ['2027-07-18', 'Asia/Ho_Chi_Minh'],
    ]);
    expect(itinerary.days[2]!.sessions.map((item) => item.title)).toEqual([
      'Flight ICN → HAN',
      'Old Quarter walk',
    ]);
    expect(itinerary.days[3]!.sessions.map((item) => item.title)).toEqual([
      'Team missions',
      'Call with Yangon partners',
    ]);
    expect(itinerary.warnings).toEqual([
      { code: 'MANDATORY_OVERLAP', sessionIds: expect.arrayContaining([missions.id, call.id]) },
    ]);
    // The programme starts with its first session.
    expect(
      (await core.get(EventService).get(setup.organizer, event.id)).startsAt.toISOString(),
    ).toBe('2027-07-12T00:00:00.000Z');
  });

  it('refuses sessions outside the event’s local dates, in the zone where they start and end', async () => {
    const event = await publishedEvent(core, setup, {
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
    });
    // 23:30 on 11 July in Seoul is before the first local date.
    await expect(
      sessions.create(
        setup.organizer,
        event.id,
        session({
          startsAt: at('2027-07-11T23:30:00+09:00'),
          endsAt: at('2027-07-12T01:00:00+09:00'),
        }),
      ),
    ).rejects.toMatchObject({ code: 'OUTSIDE_EVENT_DATES' });
    // Ends at 00:30 on 21 July in Hanoi: after the last local date.
    await expect(
      sessions.create(
        setup.organizer,
        event.id,
        session({
          timezone: 'Asia/Ho_Chi_Minh',
          startsAt: at('2027-07-20T22:00:00+07:00'),
          endsAt: at('2027-07-21T00:30:00+07:00'),
        }),
      ),
    ).rejects.toMatchObject({ code: 'OUTSIDE_EVENT_DATES' });
    // Ending at 23:30 on the last day is inside.
    const inside = await sessions.create(
      setup.organizer,
      event.id,
      session({
        startsAt: at('2027-07-20T22:00:00+09:00'),
        endsAt: at('2027-07-20T23:30:00+09:00'),
      }),
    );
    expect(inside.status).toBe('scheduled');
  });

  it('refuses a session overlapping another at the same venue (name and city, any case); touching is fine', async () => {
    const event = await publishedEvent(core, setup, {
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
    });
    const hall = { name: 'Hall A', city: 'Seoul', country: 'KR' };
    await sessions.create(
      setup.organizer,
      event.id,
      session({
        venue: hall,
        startsAt: at('2027-07-12T09:00:00+09:00'),
        endsAt: at('2027-07-12T10:30:00+09:00'),
      }),
    );
    await expect(
      sessions.create(
        setup.organizer,
        event.id,
        session({
          venue: { name: 'hall a', city: 'SEOUL', country: 'KR' },
          startsAt: at('2027-07-12T10:00:00+09:00'),
          endsAt: at('2027-07-12T11:00:00+09:00'),
        }),
      ),
    ).rejects.toMatchObject({ code: 'VENUE_CONFLICT' });
    const adjacent = await sessions.create(
      setup.organizer,
      event.id,
      session({
        venue: hall,
        startsAt: at('2027-07-12T10:30:00+09:00'),
        endsAt: at('2027-07-12T11:00:00+09:00'),
      }),
    );
    const elsewhere = await sessions.create(
      setup.organizer,
      event.id,
      session({
        venue: { ...hall, city: 'Hanoi', country: 'VN' },
        startsAt: at('2027-07-12T10:00:00+09:00'),
        endsAt: at('2027-07-12T10:20:00+09:00'),
      }),
    );
    expect([adjacent.status, elsewhere.status]).toEqual(['scheduled', 'scheduled']);
  });
});
