/**
 * Pickup planning end to end: `POST /events/:id/pickups/plan` for 1,000 confirmed participants
 * landing at one airport (HTTP, access checks, the airport's lock, the read of arrivals, the
 * grouping, writing the pickups and their members, one `pickup_assigned` notification per
 * participant with its outbox row, the reminder plan request, the manifest read back), against
 * the same grouping function (`groupArrivals`) run in memory on the same arrivals, in one run.
 * Every timed request plans from scratch: the airport's pickups are deleted (untimed) before it,
 * so each run writes every pickup and tells every participant, as a first plan does.
 */
import jwt from 'jsonwebtoken';
import type pg from 'pg';
import { encryptWith } from '#core/privacy/index.js';
import { groupArrivals } from '#core/travel/index.js';
import { BENCH_JWT_SECRET } from '../support.js';
import type { TimedSeries } from './room-assignment.js';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'KR'];
const AIRPORT = 'ICN';
/** Arrivals over three days from this instant, every few minutes, a few on the same flight. */
const FIRST_ARRIVAL = Date.parse('2027-07-10T00:00:00Z');
const PARAMETERS = { windowMinutes: 90, bufferMinutes: 45, maxGroupSize: 40 };
/** A bench-only key, passed to the API too, so the passports are sealed as the API seals them. */
export const PICKUP_BENCH_KEY = {
  id: 'bench1',
  key: Buffer.alloc(32, 11),
};

function series(label: string, times: number[]): TimedSeries {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    label,
    runs: times.length,
    median: sorted[Math.floor(sorted.length / 2)]!,
    worst: sorted[sorted.length - 1]!,
  };
}

/** Landing times: groups of one to four on the same flight, flights 4 to 11 minutes apart. */
function arrivalTimes(count: number): Date[] {
  const times: Date[] = [];
  let at = FIRST_ARRIVAL;
  for (let index = 0; index < count; index += 1) {
    if (index % 3 === 0) at += (4 + (index % 8)) * 60_000;
    times.push(new Date(at));
  }
  return times;
}

export async function measurePickupPlanning(
  pool: pg.Pool,
  baseUrl: string,
  options: { arrivals: number; runs: number },
): Promise<TimedSeries[]> {
  const { rows: organizations } = await pool.query<{ id: string }>(
    `INSERT INTO organizations (name) VALUES ('Bench Pickups') RETURNING id`,
  );
  const organizationId = organizations[0]!.id;
  const { rows: organizers } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash)
     VALUES ('pickups-organizer@bench.gofar.local', 'Bench Organizer', 'scrypt$1$1$1$x$x') RETURNING id`,
  );
  const organizerId = organizers[0]!.id;
  await pool.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'organizer')`,
    [organizationId, organizerId],
  );
  const { rows: events } = await pool.query<{ id: string }>(
    `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status, published_at,
       event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     VALUES ($1, 'Pickups bench', 'workshop', 'Asia/Seoul', '2027-07-12', '2027-07-20', '2027-07-12T00:00:00Z', $2,
       'published', now(), '{P1D}', '{PT1H}', '{P1D}') RETURNING id`,
    [organizationId, options.arrivals],
  );
  const eventId = events[0]!.id;
  const { rows: registrations } = await pool.query<{ id: string }>(
    `WITH people AS (
       INSERT INTO users (email, full_name, password_hash)
       SELECT 'pickups-' || n || '@bench.gofar.local', 'Participant ' || n, 'scrypt$1$1$1$x$x'
         FROM generate_series(1, $2::int) n ORDER BY n RETURNING id)
     INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, gender, emergency_contact, confirmed_at)
     SELECT $1, people.id, 'confirmed', ($3::text[])[1 + (row_number() OVER (ORDER BY people.id)) % 11],
            '1999-04-15', 'female', '{"name":"Parent","phone":"+00 1","relationship":"parent"}'::jsonb, now()
       FROM people
     RETURNING id`,
    [eventId, options.arrivals, COUNTRIES],
  );
  const times = arrivalTimes(registrations.length);
  // Passport numbers sealed as the API seals them: bound to the registration id.
  const sealed = registrations.map((registration, index) =>
    encryptWith(PICKUP_BENCH_KEY, `P${String(1_000_000 + index)}`, registration.id),
  );
  await pool.query(
    `INSERT INTO travel_records (registration_id, event_id, phone, arrival_mode, arrival_flight_number,
       arrival_airport, arrives_at, arrival_timezone, passport_number_encrypted, passport_number_key_id,
       passport_issuing_country, passport_expires_on, full_name_as_in_passport)
     SELECT r.id, $1, '+8210' || lpad(r.n::text, 8, '0'), 'flight', 'KE' || (600 + r.n / 3), $2, r.at,
            'Asia/Seoul', r.sealed, r.key_id, 'VN', '2032-01-31', 'PARTICIPANT ' || r.n
       FROM unnest($3::uuid[], $4::timestamptz[], $5::text[], $6::text[]) WITH ORDINALITY
            AS r(id, at, sealed, key_id, n)`,
    [
      eventId,
      AIRPORT,
      registrations.map((registration) => registration.id),
      times,
      sealed.map((value) => value.ciphertext),
      sealed.map((value) => value.keyId),
    ],
  );

  // The baseline: the same grouping function on the same arrivals, in memory.
  const arrivals = registrations.map((registration, index) => ({
    registrationId: registration.id,
    arrivesAt: times[index]!,
  }));
  const inMemory: number[] = [];
  let groupsInMemory = 0;
  for (let run = 0; run < options.runs * 10; run += 1) {
    const started = performance.now();
    groupsInMemory = groupArrivals(arrivals, PARAMETERS).length;
    inMemory.push(performance.now() - started);
  }

  const token = jwt.sign({ sub: organizerId }, BENCH_JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: 3600,
  });
  const body = JSON.stringify({ airport: AIRPORT, ...PARAMETERS });
  const plan = async () => {
    const response = await fetch(`${baseUrl}/api/v1/events/${eventId}/pickups/plan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    if (response.status !== 200)
      throw new Error(`plan: ${response.status} ${await response.text()}`);
    return (await response.json()) as { items: { participants: unknown[] }[] };
  };
  // Each run plans from scratch, as a first plan does (a re-plan that keeps every group is cheaper).
  const clear = () => pool.query(`DELETE FROM airport_pickups WHERE event_id = $1`, [eventId]);
  // Warm-up: the first request pays for connections and JIT.
  const warm = await plan();
  const grouped = warm.items.reduce((sum, pickup) => sum + pickup.participants.length, 0);
  if (warm.items.length !== groupsInMemory || grouped !== options.arrivals)
    throw new Error(
      `${warm.items.length} pickups (${grouped} people) over HTTP, ${groupsInMemory} in memory`,
    );
  const http: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    await clear();
    const started = performance.now();
    await plan();
    http.push(performance.now() - started);
  }
  const { rows: told } = await pool.query<{ count: string }>(
    `SELECT count(*) FROM notifications WHERE event_id = $1 AND kind = 'pickup_assigned'`,
    [eventId],
  );
  if (Number(told[0]!.count) !== options.arrivals * (options.runs + 1))
    throw new Error(`${told[0]!.count} pickup_assigned notifications written`);
  return [
    series(
      `in memory: groupArrivals (${options.arrivals} arrivals, ${groupsInMemory} groups)`,
      inMemory,
    ),
    series('HTTP: POST /events/:id/pickups/plan (from scratch)', http),
  ];
}
