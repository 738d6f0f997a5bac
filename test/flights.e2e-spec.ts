import {
  loginAdmin,
  newOrganization,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { liveEvent, registerAll } from './support/live-programme.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';

/**
 * The staff's flights board over HTTP: confirmed participants' flights by time in each
 * airport's zone, for organizers and event staff only, never with a passport or a phone.
 */

let sink: SmtpSink;
let stack: Stack;
let centre: OrganizationFixture;
let event: { id: string };
let ana: Account;
let budi: Account;
let cai: Account;
let dara: Account;
const registration: Record<string, string> = {};
const passportNumber = 'P4417730';

beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await Stack.start(sink.url);
  centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Flights Week' },
    sessions: [{ title: 'Opening', startsAt: new Date(Date.now() + 86_400_000) }],
  });
  const staffAdded = await stack.client.post(
    `/api/v1/events/${event.id}/staff`,
    { email: centre.staff.email },
    { token: centre.organizer.token },
  );
  expect(staffAdded.status).toBe(201);
  [ana, budi, cai, dara] = (await fastUsers(stack.env.DATABASE_URL!, 4, 'flyer')) as [
    Account,
    Account,
    Account,
    Account,
  ];
  const registered = await registerAll(stack.client, event.id, [ana, budi, cai, dara], {
    nationality: 'VN',
  });
  for (const [index, name] of ['ana', 'budi', 'cai', 'dara'].entries()) {
    expect(registered[index]!.status).toBe('confirmed');
    registration[name] = registered[index]!.id;
  }
  const put = async (name: string, token: string, body: unknown) => {
    const response = await stack.client.put(
      `/api/v1/registrations/${registration[name]}/travel`,
      body,
      { token },
    );
    expect(response.status).toBe(200);
  };
  await put('ana', ana.token, {
    phone: '+84901234567',
    arrival: {
      mode: 'flight',
      flightNumber: 'VN416',
      airport: 'ICN',
      arrivesAt: '2027-07-11T23:40:00+09:00',
      terminal: 'T2',
    },
    departure: {
      mode: 'flight',
      flightNumber: 'VN417',
      airport: 'HAN',
      departsAt: '2027-07-20T23:55:00+07:00',
    },
    passport: {
      number: passportNumber,
      issuingCountry: 'VN',
      expiresOn: '2035-01-31',
      fullNameAsInPassport: 'ANA',
    },
  });
  // 16:30 UTC on the 11th is 01:30 on the 12th in Seoul: the board's day is the airport's.
  await put('budi', budi.token, {
    arrival: {
      mode: 'flight',
      flightNumber: 'tg 658',
      airport: 'ICN',
      arrivesAt: '2027-07-11T16:30:00Z',
    },
  });
  await put('cai', cai.token, { arrival: { mode: 'ground' } });
  // A cancelled registration's flight leaves the board.
  await put('dara', dara.token, {
    arrival: {
      mode: 'flight',
      flightNumber: 'KE480',
      airport: 'ICN',
      arrivesAt: '2027-07-11T10:00:00Z',
    },
  });
  const cancelled = await stack.client.post(
    `/api/v1/registrations/${registration.dara}/cancel`,
    undefined,
    { token: dara.token },
  );
  expect(cancelled.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await sink?.stop();
});

const flights = (query: string, token: string) =>
  stack.client.get(`/api/v1/events/${event.id}/flights${query}`, { token });

describe('GET /events/:id/flights', () => {
  it('lists confirmed participants’ arrivals by time with the airport’s local time and day', async () => {
    const response = await flights('', centre.staff.token);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        {
          registrationId: registration.ana,
          fullName: expect.any(String),
          nationality: 'VN',
          direction: 'arrival',
          flightNumber: 'VN416',
          airport: 'ICN',
          airportName: expect.any(String),
          city: expect.any(String),
          terminal: 'T2',
          timezone: 'Asia/Seoul',
          at: '2027-07-11T14:40:00.000Z',
          local: '2027-07-11T23:40:00+09:00',
          localDate: '2027-07-11',
        },
        expect.objectContaining({
          registrationId: registration.budi,
          flightNumber: 'TG658',
          terminal: null,
          local: '2027-07-12T01:30:00+09:00',
          localDate: '2027-07-12',
        }),
      ],
      nextCursor: null,
    });
  });

  it('lists departures in the departure airport’s zone', async () => {
    const response = await flights('?direction=departure', centre.organizer.token);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        registrationId: registration.ana,
        direction: 'departure',
        flightNumber: 'VN417',
        airport: 'HAN',
        timezone: 'Asia/Ho_Chi_Minh',
        local: '2027-07-20T23:55:00+07:00',
        localDate: '2027-07-20',
      }),
    ]);
  });

  it('never carries a passport or a phone, even to an organizer', async () => {
    const response = await flights('', centre.organizer.token);
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(passportNumber);
    expect(text).not.toContain('+84901234567');
    for (const item of response.body.items) {
      expect(item).not.toHaveProperty('passport');
      expect(item).not.toHaveProperty('phone');
    }
  });

  it('pages by time with a cursor', async () => {
    const first = await flights('?limit=1', centre.organizer.token);
    expect(first.body.items.map((item: { registrationId: string }) => item.registrationId)).toEqual(
      [registration.ana],
    );
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await flights(
      `?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      centre.organizer.token,
    );
    expect(second.body).toEqual({
      items: [expect.objectContaining({ registrationId: registration.budi })],
      nextCursor: null,
    });
    const bogus = await flights('?cursor=bogus', centre.organizer.token);
    expect([bogus.status, bogus.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const direction = await flights('?direction=sideways', centre.organizer.token);
    expect([direction.status, direction.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('is for organizers and event staff: a participant gets 403, no token 401', async () => {
    const participant = await flights('', ana.token);
    expect([participant.status, participant.body.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await stack.client.get(`/api/v1/events/${event.id}/flights`);
    expect(anonymous.status).toBe(401);
  });
});
