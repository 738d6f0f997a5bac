import type { User } from '#core/accounts/index.js';
import { EventService } from '#core/events/index.js';
import { RegistrationService } from '#core/registrations/index.js';
import {
  newOrganization,
  newUsers,
  publishedEvent,
  registrationInput,
  type OrganizationSetup,
} from '../support/core-factories.js';
import { CoreTestingModule } from '../support/core-testing-module.js';

/** Seats, quotas, the waiting list, the window and the age rule, against PostgreSQL. */
describe('registration rules', () => {
  let core: CoreTestingModule;
  let setup: OrganizationSetup;
  let registrations: RegistrationService;
  let events: EventService;
  let people: User[];
  let next = 0;
  const person = () => people[next++]!;

  beforeAll(async () => {
    core = await CoreTestingModule.start();
    setup = await newOrganization(core);
    registrations = core.get(RegistrationService);
    events = core.get(EventService);
    people = await newUsers(core, 120, { label: 'applicant' });
  });
  afterAll(() => core.stop());

  const register = (eventId: string, overrides: Parameters<typeof registrationInput>[0] = {}) =>
    registrations.register(person(), eventId, registrationInput(overrides));
  const statusOf = async (id: string) =>
    (await registrations.get(setup.organizer, id)).registration.status;
  const viewOf = async (id: string) => {
    const view = await registrations.get(setup.organizer, id);
    return { status: view.registration.status, waitlistPosition: view.waitlistPosition };
  };
  const cancelAsOrganizer = (id: string) => registrations.cancel(setup.organizer, id);

  it('confirms while seats and the quota allow, waitlists the rest, and promotes by quota-aware FIFO', async () => {
    const event = await publishedEvent(core, setup, {
      capacity: 9,
      countryQuotas: { VN: 4, KR: 4 },
    });
    const ids: Record<string, string> = {};
    const add = async (label: string, nationality: string) => {
      const view = await register(event.id, { nationality });
      ids[label] = view.registration.id;
      return { status: view.registration.status, waitlistPosition: view.waitlistPosition };
    };
    for (const n of [1, 2, 3, 4]) expect((await add(`KR${n}`, 'KR')).status).toBe('confirmed');
    expect(await add('KR5', 'KR')).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    for (const n of [1, 2, 3, 4]) expect((await add(`VN${n}`, 'VN')).status).toBe('confirmed');
    // The fifth Vietnamese applicant waits although a seat is left: the quota binds.
    expect(await add('VN5', 'VN')).toEqual({ status: 'waitlisted', waitlistPosition: 2 });
    expect(await events.get(setup.organizer, event.id)).toMatchObject({
      seatsTaken: 8,
      waitlistCount: 2,
    });
    expect((await add('TH1', 'TH')).status).toBe('confirmed');
    expect(await add('TH2', 'TH')).toEqual({ status: 'waitlisted', waitlistPosition: 3 });

    // A Vietnamese seat frees: VN5 goes ahead of KR5, who waited longer but is at quota.
    const cancelled = await cancelAsOrganizer(ids.VN1!);
    expect(cancelled.registration).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'organizer',
    });
    expect(await statusOf(ids.VN5!)).toBe('confirmed');
    expect(await viewOf(ids.KR5!)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await viewOf(ids.TH2!)).toEqual({ status: 'waitlisted', waitlistPosition: 2 });

    // A Korean seat frees and no quota binds: the earliest waitlister overall goes first.
    await cancelAsOrganizer(ids.KR1!);
    expect(await statusOf(ids.KR5!)).toBe('confirmed');
    expect(await viewOf(ids.TH2!)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await events.get(setup.organizer, event.id)).toMatchObject({
      seatsTaken: 9,
      waitlistCount: 1,
    });

    const history = await registrations.history(setup.organizer, ids.KR5!);
    expect(
      history.map(({ fromStatus, toStatus, byUserId, reason }) => ({
        fromStatus,
        toStatus,
        byUserId,
        reason,
      })),
    ).toEqual([
      {
        fromStatus: null,
        toStatus: 'waitlisted',
        byUserId: expect.any(String),
        reason: 'registered',
      },
      {
        fromStatus: 'waitlisted',
        toStatus: 'confirmed',
        byUserId: null,
        reason: 'a seat became free',
      },
    ]);
  });

  it('a raised capacity promotes as many as fit; a lower one than confirmed is refused', async () => {
    const event = await publishedEvent(core, setup, { capacity: 2 });
    const made = [];
    for (let index = 0; index < 5; index += 1)
      made.push((await register(event.id, { nationality: 'TH' })).registration);
    expect(made.map((registration) => registration.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    await expect(events.update(setup.organizer, event.id, { capacity: 1 })).rejects.toMatchObject({
      code: 'CAPACITY_BELOW_CONFIRMED',
    });
    const raised = await events.update(setup.organizer, event.id, { capacity: 4 });
    expect(raised).toMatchObject({ capacity: 4, seatsTaken: 4, waitlistCount: 1 });
    expect(await statusOf(made[2]!.id)).toBe('confirmed');
    expect(await statusOf(made[3]!.id)).toBe('confirmed');
    expect(await viewOf(made[4]!.id)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('a raised quota promotes; a quota below its confirmed count is refused', async () => {
    const event = await publishedEvent(core, setup, { capacity: 10, countryQuotas: { MM: 1 } });
    const first = (await register(event.id, { nationality: 'MM' })).registration;
    const second = (await register(event.id, { nationality: 'MM' })).registration;
    expect([first.status, second.status]).toEqual(['confirmed', 'waitlisted']);
    await expect(
      events.update(setup.organizer, event.id, { countryQuotas: { MM: 0 } }),
    ).rejects.toMatchObject({ code: 'QUOTA_BELOW_CONFIRMED' });
    await events.update(setup.organizer, event.id, { countryQuotas: { MM: 2 } });
    expect(await statusOf(second.id)).toBe('confirmed');
  });

  it('a nationality capped at 0 is not eligible', async () => {
    const event = await publishedEvent(core, setup, {
      countryQuotas: { KR: 8 },
      defaultCountryQuota: 0,
    });
    await expect(register(event.id, { nationality: 'FR' })).rejects.toMatchObject({
      code: 'COUNTRY_NOT_ELIGIBLE',
    });
    expect((await register(event.id, { nationality: 'KR' })).registration.status).toBe('confirmed');
  });

  it('after the window closes there is no automatic promotion, but an organizer may approve a waitlisted person', async () => {
    const event = await publishedEvent(core, setup, { capacity: 1 });
    const seated = (await register(event.id)).registration;
    const waiting = (await register(event.id)).registration;
    expect(waiting.status).toBe('waitlisted');
    await expect(registrations.approve(setup.organizer, waiting.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });

    await events.update(setup.organizer, event.id, {
      registrationClosesAt: new Date(Date.now() - 1000),
    });
    await cancelAsOrganizer(seated.id);
    expect(await statusOf(waiting.id)).toBe('waitlisted');
    const approved = await registrations.approve(setup.organizer, waiting.id);
    expect(approved.registration.status).toBe('confirmed');
  });

  it('is 18 on the birthday itself; a minor needs a guardian’s consent, recorded with its moment', async () => {
    const event = await publishedEvent(core, setup, {
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
    });
    expect((await register(event.id, { dateOfBirth: '2009-07-12' })).registration.status).toBe(
      'confirmed',
    );
    await expect(register(event.id, { dateOfBirth: '2009-07-13' })).rejects.toMatchObject({
      code: 'GUARDIAN_CONSENT_REQUIRED',
    });
    const guardian = {
      name: 'Tran Thi Mai',
      phone: '+84 90 000 0000',
      relationship: 'mother',
      consent: false,
    };
    await expect(register(event.id, { dateOfBirth: '2009-07-13', guardian })).rejects.toMatchObject(
      { code: 'GUARDIAN_CONSENT_REQUIRED' },
    );
    const consented = await register(event.id, {
      dateOfBirth: '2009-07-13',
      guardian: { ...guardian, consent: true },
    });
    expect(consented.registration.guardian).toMatchObject({
      name: 'Tran Thi Mai',
      consent: true,
      consentedAt: expect.any(String),
    });
  });

  it('counts a 29 February birthday from 1 March', async () => {
    const before = await publishedEvent(core, setup, {
      startsOn: '2030-02-28',
      endsOn: '2030-03-02',
    });
    const after = await publishedEvent(core, setup, {
      startsOn: '2030-03-01',
      endsOn: '2030-03-02',
    });
    await expect(register(before.id, { dateOfBirth: '2012-02-29' })).rejects.toMatchObject({
      code: 'GUARDIAN_CONSENT_REQUIRED',
    });
    expect((await register(after.id, { dateOfBirth: '2012-02-29' })).registration.status).toBe(
      'confirmed',
    );
  });

  it('keeps the counters equal to the rows', async () => {
    const rows = await core.query<{
      seats_taken: number;
      confirmed: string;
      waitlist_count: number;
      waitlisted: string;
    }>(
      `SELECT e.seats_taken, e.waitlist_count,
              (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed') AS confirmed,
              (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS waitlisted
         FROM events e WHERE e.organization_id = $1`,
      [setup.organizationId],
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.seats_taken).toBe(Number(row.confirmed));
      expect(row.waitlist_count).toBe(Number(row.waitlisted));
    }
  });
});
