import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
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
import { pause } from './support/timing.js';

/**
 * Travel records over HTTP: the contract's validation (OFFSET_MISMATCH, unknown airports,
 * missing flight fields), who sees the passport, the passport number encrypted at rest and
 * absent from logs, emails and CSVs, the "missing" list and the airport search.
 */

let sink: SmtpSink;
let stack: Stack;
let centre: OrganizationFixture;
let event: { id: string };
let ana: Account;
let budi: Account;
let outsider: Account;
let anaRegistration: string;
let budiRegistration: string;
const passportNumber = `P${randomBytes(4).toString('hex').toUpperCase()}`;

beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await Stack.start(sink.url, { LOG_LEVEL: 'debug' });
  await stack.startWorker({ LOG_LEVEL: 'debug' });
  centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  event = await liveEvent(stack.client, centre.organizer, centre.id, {
    overrides: { title: 'Travel Week' },
    // A programme that starts tomorrow keeps registration open.
    sessions: [{ title: 'Opening', startsAt: new Date(Date.now() + 86_400_000) }],
  });
  const staffAdded = await stack.client.post(
    `/api/v1/events/${event.id}/staff`,
    { email: centre.staff.email },
    { token: centre.organizer.token },
  );
  expect(staffAdded.status).toBe(201);
  [ana, budi, outsider] = (await fastUsers(stack.env.DATABASE_URL!, 3, 'traveller')) as [
    Account,
    Account,
    Account,
  ];
  [{ id: anaRegistration }, { id: budiRegistration }] = (await registerAll(
    stack.client,
    event.id,
    [ana, budi],
    { nationality: 'VN' },
  )) as [{ id: string }, { id: string }];
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await sink?.stop();
});

const put = (registrationId: string, body: unknown, token = ana.token) =>
  stack.client.put(`/api/v1/registrations/${registrationId}/travel`, body, { token });
const get = (registrationId: string, token: string) =>
  stack.client.get(`/api/v1/registrations/${registrationId}/travel`, { token });

const arrival = {
  mode: 'flight',
  flightNumber: 'VN416',
  airport: 'ICN',
  arrivesAt: '2027-07-11T23:40:00+09:00',
  terminal: 'T2',
};

describe('PUT /registrations/:id/travel validation', () => {
  it('refuses a flight time written with another offset than the airport’s: 422 OFFSET_MISMATCH', async () => {
    const response = await put(anaRegistration, {
      arrival: { ...arrival, arrivesAt: '2027-07-11T23:40:00+07:00' },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      statusCode: 422,
      code: 'OFFSET_MISMATCH',
      details: [{ field: 'arrival.arrivesAt', constraint: 'offsetMatchesAirport' }],
    });
    expect(response.body.details[0].message).toContain('Asia/Seoul');
  });

  it('refuses an airport the platform does not know: 422 UNKNOWN_AIRPORT', async () => {
    const response = await put(anaRegistration, {
      departure: {
        mode: 'flight',
        flightNumber: 'VN417',
        airport: 'QQX',
        departsAt: '2027-07-20T23:55:00Z',
      },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      statusCode: 422,
      code: 'UNKNOWN_AIRPORT',
      details: [{ field: 'departure.airport' }],
    });
  });

  it('refuses a flight without its number, airport or time: 422 naming each field', async () => {
    const response = await put(anaRegistration, { arrival: { mode: 'flight', airport: 'ICN' } });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('FLIGHT_DETAILS_REQUIRED');
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'arrival.arrivesAt',
      'arrival.flightNumber',
    ]);
  });

  it('refuses a malformed phone, an unknown mode or an unknown field with 400', async () => {
    for (const body of [
      { phone: '0901 234 567' },
      { arrival: { mode: 'boat' } },
      { arrival: { ...arrival, seat: '12A' } },
    ]) {
      const response = await put(anaRegistration, body);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('nothing was stored by the refused requests', async () => {
    const rows = await stack.query(`SELECT 1 FROM travel_records WHERE registration_id = $1`, [
      anaRegistration,
    ]);
    expect(rows).toHaveLength(0);
  });
});

describe('a travel record with a passport', () => {
  let saved: Record<string, any>;

  beforeAll(async () => {
    const response = await put(anaRegistration, {
      phone: '+84901234567',
      arrival,
      departure: {
        mode: 'flight',
        flightNumber: 'VN417',
        airport: 'han',
        departsAt: '2027-07-20T16:55:00Z',
      },
      visaNeededFor: ['kr'],
      roomSharing: 'female',
      passport: {
        number: passportNumber,
        issuingCountry: 'vn',
        expiresOn: '2035-01-31',
        fullNameAsInPassport: 'NGUYEN THI ANH',
      },
    });
    expect(response.status).toBe(200);
    saved = response.body;
  });

  it('answers the local times in each airport’s zone, and the passport to the registrant', () => {
    expect(saved.arrival).toMatchObject({
      airport: 'ICN',
      arrivesAt: '2027-07-11T14:40:00.000Z',
      localArrival: '2027-07-11T23:40:00+09:00',
      timezone: 'Asia/Seoul',
    });
    expect(saved.departure).toMatchObject({
      airport: 'HAN',
      localDeparture: '2027-07-20T23:55:00+07:00',
      timezone: 'Asia/Ho_Chi_Minh',
    });
    expect(saved.visaNeededFor).toEqual(['KR']);
    expect(saved.passport).toEqual({
      number: passportNumber,
      issuingCountry: 'VN',
      expiresOn: '2035-01-31',
      fullNameAsInPassport: 'NGUYEN THI ANH',
    });
    expect(saved.warnings).toEqual([]);
  });

  it('stores the number only encrypted, with its key id', async () => {
    const [row] = await stack.query<Record<string, string>>(
      `SELECT * FROM travel_records WHERE registration_id = $1`,
      [anaRegistration],
    );
    expect(row!.passport_number_key_id).toBe('test2');
    expect(row!.passport_number_encrypted).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(passportNumber);
    expect(Buffer.from(row!.passport_number_encrypted!, 'base64').toString('latin1')).not.toContain(
      passportNumber,
    );
  });

  it('shows the passport to organizers, the record without it to event staff, nothing to others', async () => {
    const organizer = await get(anaRegistration, centre.organizer.token);
    expect(organizer.status).toBe(200);
    expect(organizer.body.passport.number).toBe(passportNumber);
    const staff = await get(anaRegistration, centre.staff.token);
    expect(staff.status).toBe(200);
    expect(staff.body.arrival.flightNumber).toBe('VN416');
    expect(staff.body).not.toHaveProperty('passport');
    expect(JSON.stringify(staff.body)).not.toContain(passportNumber);
    expect(staff.headers.get('cache-control')).toBe('no-store');
    expect((await get(anaRegistration, outsider.token)).status).toBe(404);
    expect((await get(anaRegistration, budi.token)).status).toBe(404);
    expect((await put(anaRegistration, { phone: '+84900000000' }, centre.staff.token)).status).toBe(
      403,
    );
  });

  it('keeps the passport when the PUT leaves it out, and erases it with null', async () => {
    const kept = await put(anaRegistration, { arrival, phone: '+84901234567' });
    expect(kept.status).toBe(200);
    expect(kept.body.passport.number).toBe(passportNumber);
    // The PUT replaces the rest of the record.
    expect(kept.body.departure).toBeNull();
    expect(kept.body.roomSharing).toBeNull();

    const erased = await put(
      budiRegistration,
      {
        passport: {
          number: 'B7654321',
          issuingCountry: 'TH',
          expiresOn: '2035-01-01',
          fullNameAsInPassport: 'BUDI',
        },
      },
      budi.token,
    );
    expect(erased.body.passport.number).toBe('B7654321');
    const cleared = await put(budiRegistration, { passport: null }, budi.token);
    expect(cleared.body.passport).toBeNull();
    const [row] = await stack.query<Record<string, unknown>>(
      `SELECT passport_number_encrypted, passport_number_key_id, full_name_as_in_passport FROM travel_records WHERE registration_id = $1`,
      [budiRegistration],
    );
    expect(row).toEqual({
      passport_number_encrypted: null,
      passport_number_key_id: null,
      full_name_as_in_passport: null,
    });
  });

  it('warns when the passport expires less than six calendar months after the programme ends', async () => {
    const endsOn = DateTime.now().setZone('Asia/Seoul').plus({ days: 2 });
    const tooSoon = await put(
      budiRegistration,
      {
        passport: {
          number: 'B7654321',
          issuingCountry: 'TH',
          expiresOn: endsOn.plus({ months: 6, days: -1 }).toISODate(),
          fullNameAsInPassport: 'BUDI',
        },
      },
      budi.token,
    );
    expect(tooSoon.status).toBe(200);
    expect(tooSoon.body.warnings).toEqual([
      expect.objectContaining({ code: 'PASSPORT_EXPIRES_TOO_SOON' }),
    ]);
    const enough = await put(
      budiRegistration,
      {
        passport: {
          number: 'B7654321',
          issuingCountry: 'TH',
          expiresOn: endsOn.plus({ months: 6 }).toISODate(),
          fullNameAsInPassport: 'BUDI',
        },
      },
      budi.token,
    );
    expect(enough.body.warnings).toEqual([]);
  });

  it('lists who has not given what the programme needs', async () => {
    const passports = await stack.client.get(`/api/v1/events/${event.id}/travel?missing=passport`, {
      token: centre.staff.token,
    });
    expect(passports.status).toBe(200);
    expect(
      passports.body.items.map((item: { registrationId: string }) => item.registrationId),
    ).toEqual([]);
    const arrivals = await stack.client.get(`/api/v1/events/${event.id}/travel?missing=arrival`, {
      token: centre.organizer.token,
    });
    expect(arrivals.body.items).toEqual([
      expect.objectContaining({
        registrationId: budiRegistration,
        missing: ['arrival', 'departure', 'phone'],
      }),
    ]);
    const paged = await stack.client.get(`/api/v1/events/${event.id}/travel?limit=1`, {
      token: centre.organizer.token,
    });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.nextCursor).toEqual(expect.any(String));
    const participant = await stack.client.get(`/api/v1/events/${event.id}/travel`, {
      token: ana.token,
    });
    expect(participant.status).toBe(403);
  });

  it('never writes the passport number to a log line, an email or the CSV', async () => {
    const csv = await stack.client.get(
      `/api/v1/events/${event.id}/registrations.csv?include=medical`,
      {
        token: centre.organizer.token,
      },
    );
    expect(csv.status).toBe(200);
    expect(String(csv.body)).not.toContain(passportNumber);
    // Let the worker deliver what the registrations and changes caused.
    await sink.waitFor((messages) => messages.some((message) => message.to === ana.email), 20_000);
    await pause(1000);
    for (const message of sink.messages) {
      expect(message.text).not.toContain(passportNumber);
      expect(message.html).not.toContain(passportNumber);
    }
    expect(stack.api.transcript()).toContain('registrations');
    expect(stack.api.transcript()).not.toContain(passportNumber);
    expect(stack.workers[0]!.transcript()).not.toContain(passportNumber);
  });
});

describe('GET /airports', () => {
  it('finds airports by code, city or name without an account, accents ignored', async () => {
    const byCode = await stack.client.get('/api/v1/airports?q=icn');
    expect(byCode.status).toBe(200);
    expect(byCode.body.items[0]).toEqual({
      iata: 'ICN',
      name: 'Incheon International Airport',
      city: 'Seoul',
      country: 'KR',
      timezone: 'Asia/Seoul',
    });
    const byCity = await stack.client.get('/api/v1/airports?q=seoul');
    expect(byCity.body.items.map((airport: { iata: string }) => airport.iata)).toEqual(
      expect.arrayContaining(['ICN', 'GMP']),
    );
    const accented = await stack.client.get(`/api/v1/airports?q=${encodeURIComponent('Nội Bài')}`);
    expect(accented.body.items[0].iata).toBe('HAN');
    const limited = await stack.client.get('/api/v1/airports?q=a&limit=3');
    expect(limited.body.items).toHaveLength(3);
    expect((await stack.client.get('/api/v1/airports')).status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('describes the travel and pickup routes and the new notification kinds', async () => {
    const document = (await stack.client.get('/docs-json')).body;
    const routes = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'PUT /api/v1/registrations/{id}/travel',
        'GET /api/v1/registrations/{id}/travel',
        'GET /api/v1/events/{id}/travel',
        'GET /api/v1/airports',
        'POST /api/v1/events/{id}/pickups/plan',
        'GET /api/v1/events/{id}/pickups',
        'PATCH /api/v1/pickups/{id}',
      ]),
    );
    const schemas = document.components.schemas;
    expect(schemas.MyItineraryDto.properties).toHaveProperty('pickups');
    expect(schemas.NotificationDto.properties.kind.enum).toEqual(
      expect.arrayContaining(['pickup_assigned', 'pickup_changed', 'pickup_reminder']),
    );
  });
});
