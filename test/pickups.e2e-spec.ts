import { DateTime } from 'luxon';
import {
  loginAdmin,
  newOrganization,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import {
  liveEvent,
  registerAll,
  registerConfirmed,
  secondsAfter,
} from './support/live-programme.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { pause, until } from './support/timing.js';

/**
 * Airport pickups end to end: 48 arrivals over two days grouped by the contract's rule, a
 * locked pickup left alone with its conflict listed, a cancellation leaving its pickup, and a
 * delayed flight that moves its passenger to another group and re-times the staff's reminder,
 * which reaches the SMTP sink once, at the new time, in Incheon's local time.
 */

const SEOUL = 'Asia/Seoul';
const HOUR = 3600_000;

let sink: SmtpSink;
let stack: Stack;
let centre: OrganizationFixture;

interface Pickup {
  id: string;
  airport: string;
  meetAt: string;
  localMeet: string;
  participants: {
    registrationId: string;
    fullName: string;
    arrivesAt: string;
    phone: string | null;
    conflict: { reason: string; arrivesAt: string | null } | null;
  }[];
  staff: { id: string }[];
  note: string | null;
  locked: boolean;
}

beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await Stack.start(sink.url);
  await stack.startWorker();
  centre = await newOrganization(stack.client, await loginAdmin(stack.client));
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await sink?.stop();
});

/** A published event whose programme starts tomorrow (registration open), with the centre's staff member as event staff. */
async function workshop(title: string) {
  const event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title, capacity: 60 },
    sessions: [{ title: 'Opening', startsAt: new Date(Date.now() + 30 * HOUR) }],
  });
  const staff = await stack.client.post(
    `/api/v1/events/${event.id}/staff`,
    { email: centre.staff.email },
    { token: centre.organizer.token },
  );
  expect(staff.status).toBe(201);
  return event;
}

const seoul = (instant: Date | number) =>
  DateTime.fromMillis(+instant, { zone: SEOUL }).toISO({ suppressMilliseconds: true })!;

async function arrive(registrationId: string, person: Account, at: Date, flight = 'VN416') {
  const response = await stack.client.put(
    `/api/v1/registrations/${registrationId}/travel`,
    {
      phone: '+84901234567',
      arrival: { mode: 'flight', flightNumber: flight, airport: 'ICN', arrivesAt: seoul(at) },
    },
    { token: person.token },
  );
  if (response.status !== 200)
    throw new Error(`travel failed: ${response.status} ${JSON.stringify(response.body)}`);
}

async function pickups(eventId: string, query = ''): Promise<Pickup[]> {
  const response = await stack.client.get(`/api/v1/events/${eventId}/pickups${query}`, {
    token: centre.organizer.token,
  });
  expect(response.status).toBe(200);
  return response.body.items;
}

/** The rule as the contract writes it, independently of the code under test. */
function expectedGroups(arrivals: { id: string; at: number }[], window: number, limit: number) {
  const sorted = [...arrivals].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const groups: { ids: string[]; first: number; last: number }[] = [];
  for (const arrival of sorted) {
    const current = groups.at(-1);
    if (current && arrival.at - current.first <= window * 60_000 && current.ids.length < limit) {
      current.ids.push(arrival.id);
      current.last = arrival.at;
    } else groups.push({ ids: [arrival.id], first: arrival.at, last: arrival.at });
  }
  return groups;
}

describe('a delayed flight', () => {
  it('moves its passenger to the right group and re-times the staff reminder, sent once at the new time', async () => {
    const t0 = Date.now();
    const event = await workshop('Pickup Timing');
    const [a, b, c] = (await fastUsers(stack.env.DATABASE_URL!, 3, 'landing')) as [
      Account,
      Account,
      Account,
    ];
    const [ra, rb, rc] = (await registerAll(stack.client, event.id, [a, b, c])).map(
      (registration) => registration.id,
    ) as [string, string, string];
    // C lands so that the staff's PT2H reminder falls 90 s from now; A and B land 19 minutes earlier.
    const cLands = secondsAfter(t0, 2 * HOUR + 90_000);
    const aLands = new Date(cLands.getTime() - 19 * 60_000);
    await arrive(ra, a, aLands);
    await arrive(rb, b, new Date(aLands.getTime() + 60_000));
    await arrive(rc, c, cLands);
    const planned = await stack.client.post(
      `/api/v1/events/${event.id}/pickups/plan`,
      { airport: 'icn', windowMinutes: 5, bufferMinutes: 0 },
      { token: centre.organizer.token },
    );
    expect(planned.status).toBe(200);
    const [first, second] = planned.body.items as Pickup[];
    expect(planned.body.items).toHaveLength(2);
    expect(first!.participants.map((p) => p.registrationId).sort()).toEqual([ra, rb].sort());
    expect(second!.participants.map((p) => p.registrationId)).toEqual([rc]);
    expect(second!.localMeet).toBe(seoul(cLands));

    const staffed = await stack.client.patch(
      `/api/v1/pickups/${second!.id}`,
      { staffIds: [centre.staff.id], note: 'Exit 4, Gofar sign' },
      { token: centre.organizer.token },
    );
    expect(staffed.status).toBe(200);

    // A's flight is delayed: it now lands 30 s after C, so A joins C's group and C's meeting moves.
    const aLandsLate = secondsAfter(t0, 2 * HOUR + 120_000);
    expect(Date.now()).toBeLessThan(cLands.getTime() - 2 * HOUR - 10_000);
    await arrive(ra, a, aLandsLate, 'VN418');
    const after = await pickups(event.id);
    expect(after.map((pickup) => pickup.id)).toEqual([first!.id, second!.id]);
    expect(after[0]!.participants.map((p) => p.registrationId)).toEqual([rb]);
    expect(after[1]!.participants.map((p) => p.registrationId)).toEqual([rc, ra]);
    expect(after[1]!).toMatchObject({
      meetAt: aLandsLate.toISOString(),
      localMeet: seoul(aLandsLate),
      note: 'Exit 4, Gofar sign',
      staff: [{ id: centre.staff.id }],
    });

    const oldFire = cLands.getTime() - 2 * HOUR;
    const newFire = aLandsLate.getTime() - 2 * HOUR;
    await until(newFire);
    const isReminder = (mail: { subject: string }) =>
      mail.subject.startsWith('Reminder: airport pickup at ICN');
    await sink.waitFor(() => sink.to(centre.staff.email).some(isReminder), 30_000);
    await pause(3000);
    const reminders = sink.to(centre.staff.email).filter(isReminder);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.receivedAt).toBeGreaterThanOrEqual(newFire - 500);
    const local = DateTime.fromJSDate(aLandsLate, { zone: SEOUL }).toFormat('HH:mm');
    expect(reminders[0]!.text).toContain(`${local} (Asia/Seoul, UTC+09:00)`);
    expect(reminders[0]!.text).toContain('Exit 4, Gofar sign');
    // The staff email gives a head count, never the participants' names.
    expect(reminders[0]!.text).toContain('2 participants');
    expect(reminders[0]!.text).not.toContain(a.fullName);

    // The staff were told once that the meeting moved; A was told of the new group (an email
    // for the first group may or may not have gone out before the delay was known).
    const toldOfNewGroup = () =>
      sink
        .to(a.email)
        .some(
          (mail) =>
            mail.subject.startsWith('Airport pickup at ICN') && mail.subject.includes(local),
        );
    await sink.waitFor(
      () =>
        sink.to(centre.staff.email).some((mail) => mail.subject.includes('moved')) &&
        toldOfNewGroup(),
    );
    expect(
      sink.to(a.email).filter((mail) => mail.subject.startsWith('Airport pickup at ICN')).length,
    ).toBeLessThanOrEqual(2);
    expect(
      sink.to(centre.staff.email).filter((mail) => mail.subject.includes('moved')),
    ).toHaveLength(1);

    const log = await stack.client.get(
      `/api/v1/events/${event.id}/notifications?kind=pickup_reminder&limit=500`,
      { token: centre.organizer.token },
    );
    const staffRows = (log.body.items as { recipient: string; status: string; fireAt: string }[])
      .filter((row) => row.recipient === centre.staff.email)
      .map((row) => [row.status, Date.parse(row.fireAt)]);
    expect(staffRows).toEqual(
      expect.arrayContaining([
        ['sent', newFire],
        ['skipped', oldFire],
      ]),
    );
    expect(staffRows).toHaveLength(2);
  }, 240_000);
});

describe('48 arrivals over two days at Incheon', () => {
  let event: { id: string };
  let people: Account[];
  let registrationOf: Map<string, string>;
  let arrivals: { id: string; at: number }[];
  let planned: Pickup[];

  beforeAll(async () => {
    event = await workshop('Arrivals Weekend');
    people = await fastUsers(stack.env.DATABASE_URL!, 48, 'arrival');
    await registerConfirmed(stack.client, event.id, people);
    const list = await stack.client.get(`/api/v1/events/${event.id}/registrations?limit=100`, {
      token: centre.organizer.token,
    });
    registrationOf = new Map(
      (list.body.items as { id: string; userId: string }[]).map((r) => [r.userId, r.id]),
    );
    const day1 = DateTime.now()
      .setZone(SEOUL)
      .plus({ days: 1 })
      .set({ hour: 6, minute: 0, second: 0, millisecond: 0 });
    // The edges: two equal times, one exactly 90 minutes after the first, one a minute later; then waves.
    const minutes = [
      0,
      0,
      90,
      91,
      ...Array.from({ length: 44 }, (_, n) => (n < 20 ? 120 : 1440) + ((n * 37) % 540)),
    ];
    arrivals = people.map((person, index) => ({
      id: registrationOf.get(person.id)!,
      at: day1.plus({ minutes: minutes[index]! }).toMillis(),
    }));
    for (const [index, person] of people.entries())
      await arrive(arrivals[index]!.id, person, new Date(arrivals[index]!.at));
    const response = await stack.client.post(
      `/api/v1/events/${event.id}/pickups/plan`,
      { airport: 'ICN', windowMinutes: 90, bufferMinutes: 45, maxGroupSize: 8 },
      { token: centre.organizer.token },
    );
    expect(response.status).toBe(200);
    planned = response.body.items;
  }, 120_000);

  it('groups them exactly as the rule says', () => {
    const expected = expectedGroups(arrivals, 90, 8);
    expect(planned.map((pickup) => pickup.participants.map((p) => p.registrationId))).toEqual(
      expected.map((group) => group.ids),
    );
    expect(planned.map((pickup) => Date.parse(pickup.meetAt))).toEqual(
      expected.map((group) => group.last + 45 * 60_000),
    );
    // The first group: the two equal times and the one exactly 90 minutes later; not 91.
    expect(planned[0]!.participants.map((p) => p.registrationId)).toEqual(
      [arrivals[0]!.id, arrivals[1]!.id].sort().concat(arrivals[2]!.id),
    );
    expect(planned[0]!.localMeet).toBe(seoul(arrivals[2]!.at + 45 * 60_000));
    expect(planned.flatMap((pickup) => pickup.participants)).toHaveLength(48);
    expect(planned.every((pickup) => pickup.participants.length <= 8)).toBe(true);
    expect(planned[0]!.participants[0]!.phone).toBe('+84901234567');
  });

  it('pages the list by meeting time: every pickup once, in order, then a null cursor', async () => {
    expect(planned.length).toBeGreaterThan(6);
    const seen: string[] = [];
    const cursors: (string | null)[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await stack.client.get(`/api/v1/events/${event.id}/pickups${query}`, {
        token: centre.organizer.token,
      });
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...(response.body.items as Pickup[]).map((pickup) => pickup.id));
      cursor = response.body.nextCursor;
      cursors.push(cursor);
    } while (cursor && cursors.length < 50);
    expect(seen).toEqual(planned.map((pickup) => pickup.id));
    expect(cursors).toHaveLength(Math.ceil(planned.length / 3));
    expect(cursors.at(-1)).toBeNull();
    // The default page holds them all here (50), with no next page.
    const all = await stack.client.get(`/api/v1/events/${event.id}/pickups`, {
      token: centre.organizer.token,
    });
    expect(all.body.items).toHaveLength(planned.length);
    expect(all.body.nextCursor).toBeNull();
    for (const bad of ['?limit=501', '?limit=0', '?cursor=not-a-cursor'])
      expect(
        (
          await stack.client.get(`/api/v1/events/${event.id}/pickups${bad}`, {
            token: centre.organizer.token,
          })
        ).body,
      ).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('shows the pickups to staff, not to participants, and each participant their own', async () => {
    const staff = await stack.client.get(`/api/v1/events/${event.id}/pickups`, {
      token: centre.staff.token,
    });
    expect(staff.status).toBe(200);
    const participant = people[0]!;
    const refused = await stack.client.get(`/api/v1/events/${event.id}/pickups`, {
      token: participant.token,
    });
    expect(refused.status).toBe(403);
    const itinerary = await stack.client.get(`/api/v1/me/itinerary?eventId=${event.id}`, {
      token: participant.token,
    });
    expect(itinerary.status).toBe(200);
    expect(itinerary.body.pickups).toEqual([
      {
        airport: 'ICN',
        meetAt: planned[0]!.meetAt,
        localMeet: planned[0]!.localMeet,
        timezone: SEOUL,
        note: null,
      },
    ]);
    // A pickup is a source of the itinerary's tag: a new note is a new answer, not a 304.
    const tag = itinerary.headers.get('etag')!;
    const noted = await stack.client.patch(
      `/api/v1/pickups/${planned[0]!.id}`,
      { note: 'Meet at the exit of gate 3' },
      { token: centre.organizer.token },
    );
    expect(noted.status).toBe(200);
    const again = await stack.client.get(`/api/v1/me/itinerary?eventId=${event.id}`, {
      token: participant.token,
      headers: { 'if-none-match': tag },
    });
    expect(again.status).toBe(200);
    expect(again.body.pickups[0].note).toBe('Meet at the exit of gate 3');
    await stack.client.patch(
      `/api/v1/pickups/${planned[0]!.id}`,
      { note: null },
      { token: centre.organizer.token },
    );
  });

  it('refuses pickup staff who are not event staff or organizers', async () => {
    const response = await stack.client.patch(
      `/api/v1/pickups/${planned[1]!.id}`,
      { staffIds: [people[5]!.id] },
      { token: centre.organizer.token },
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('NOT_EVENT_STAFF');
    const byStaff = await stack.client.patch(
      `/api/v1/pickups/${planned[1]!.id}`,
      { note: 'x' },
      { token: centre.staff.token },
    );
    expect(byStaff.status).toBe(403);
  });

  it('leaves a locked pickup as it is when a member’s flight changes, and lists the conflict', async () => {
    const locked = planned[0]!;
    const response = await stack.client.patch(
      `/api/v1/pickups/${locked.id}`,
      { locked: true },
      { token: centre.organizer.token },
    );
    expect(response.status).toBe(200);
    const moved = locked.participants[0]!;
    const person = people.find((p) => registrationOf.get(p.id) === moved.registrationId)!;
    const newArrival = Date.parse(moved.arrivesAt) + 3 * HOUR;
    await arrive(moved.registrationId, person, new Date(newArrival), 'OZ734');
    const after = await pickups(event.id);
    expect(after.find((pickup) => pickup.id === locked.id)).toMatchObject({
      meetAt: locked.meetAt,
      locked: true,
      participants: locked.participants.map((p) =>
        expect.objectContaining({ registrationId: p.registrationId }),
      ),
    });
    // The unlocked pickups did not take the moved person.
    expect(
      after
        .filter((p) => p.id !== locked.id)
        .flatMap((p) => p.participants.map((x) => x.registrationId)),
    ).not.toContain(moved.registrationId);
    const conflicts = await pickups(event.id, '?conflicts=true');
    expect(conflicts.map((pickup) => pickup.id)).toEqual([locked.id]);
    expect(
      conflicts[0]!.participants.find((p) => p.registrationId === moved.registrationId)!.conflict,
    ).toEqual({
      reason: 'arrival_changed',
      arrivesAt: new Date(newArrival).toISOString(),
      airport: 'ICN',
    });
    // The filter applies before paging: one conflict, one page, no next cursor.
    const page = await stack.client.get(
      `/api/v1/events/${event.id}/pickups?conflicts=true&limit=1`,
      { token: centre.organizer.token },
    );
    expect(page.body.items.map((pickup: Pickup) => pickup.id)).toEqual([locked.id]);
    expect(page.body.nextCursor).toBeNull();
  });

  it('takes a cancelled registration out of its pickup, which keeps its id', async () => {
    const pickup = planned.find(
      (p) => p.id !== planned[0]!.id && p.participants.length >= 3 && p.participants.length < 8,
    )!;
    const leaving = pickup.participants[1]!;
    const person = people.find((p) => registrationOf.get(p.id) === leaving.registrationId)!;
    const cancelled = await stack.client.post(
      `/api/v1/registrations/${leaving.registrationId}/cancel`,
      undefined,
      { token: person.token },
    );
    expect(cancelled.status).toBe(200);
    const deadline = Date.now() + 20_000;
    let current: Pickup | undefined;
    do {
      await pause(250);
      current = (await pickups(event.id)).find((p) => p.id === pickup.id);
    } while (
      current?.participants.some((p) => p.registrationId === leaving.registrationId) &&
      Date.now() < deadline
    );
    expect(current!.participants.map((p) => p.registrationId)).toEqual(
      pickup.participants
        .map((p) => p.registrationId)
        .filter((id) => id !== leaving.registrationId),
    );
  });
});

describe("a participant's pickup reminder", () => {
  it('reaches the participant once, the same local time the day before, in Incheon time', async () => {
    const t0 = Date.now();
    const event = await workshop('Pickup Eve');
    const [d, e] = (await fastUsers(stack.env.DATABASE_URL!, 2, 'eve')) as [Account, Account];
    const [rd, re] = (await registerAll(stack.client, event.id, [d, e])).map(
      (registration) => registration.id,
    ) as [string, string];
    // D meets a day and 75 s from now, so that their P1D reminder falls 75 s from now (Seoul
    // keeps no daylight saving: the same local time the day before is 24 hours earlier). E
    // meets an hour later, in another pickup: their reminder must not fire now.
    const dLands = secondsAfter(t0, 24 * HOUR + 75_000);
    await arrive(rd, d, dLands);
    await arrive(re, e, new Date(dLands.getTime() + HOUR), 'VN418');
    const planned = await stack.client.post(
      `/api/v1/events/${event.id}/pickups/plan`,
      { airport: 'ICN', windowMinutes: 5, bufferMinutes: 0 },
      { token: centre.organizer.token },
    );
    expect(planned.status).toBe(200);
    expect(planned.body.items).toHaveLength(2);
    expect(planned.body.items[0].meetAt).toBe(dLands.toISOString());

    const fire = DateTime.fromJSDate(dLands, { zone: SEOUL }).minus({ days: 1 }).toMillis();
    expect(Date.now()).toBeLessThan(fire - 10_000);
    const isReminder = (mail: { subject: string }) =>
      mail.subject.startsWith('Reminder: airport pickup at ICN');
    await until(fire);
    await sink.waitFor(() => sink.to(d.email).some(isReminder), 30_000);
    await pause(3000);
    const reminders = sink.to(d.email).filter(isReminder);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.receivedAt).toBeGreaterThanOrEqual(fire - 500);
    const local = DateTime.fromJSDate(dLands, { zone: SEOUL }).setLocale('en');
    expect(reminders[0]!.text).toContain(
      `${local.toFormat('ccc d LLL yyyy, HH:mm')} (Asia/Seoul, UTC+09:00)`,
    );
    expect(reminders[0]!.text).toContain('(local time at the airport)');
    expect(sink.to(e.email).filter(isReminder)).toHaveLength(0);

    // The delivery log holds one sent reminder for D, due at the local day before.
    const log = await stack.client.get(
      `/api/v1/events/${event.id}/notifications?kind=pickup_reminder&limit=500`,
      { token: centre.organizer.token },
    );
    expect(log.status).toBe(200);
    const mine = (log.body.items as { recipient: string; status: string; fireAt: string }[]).filter(
      (row) => row.recipient === d.email,
    );
    expect(mine).toEqual([
      expect.objectContaining({ status: 'sent', fireAt: new Date(fire).toISOString() }),
    ]);
  }, 180_000);
});
