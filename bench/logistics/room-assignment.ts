/**
 * Room assignment end to end: `POST /accommodations/:id/auto-assign` for 300 confirmed
 * participants in 120 rooms (HTTP, access checks, the locked read of registrations and travel
 * records, the rules, writing the occupants, reading the rooms back), against the same
 * algorithm (`assignRooms`) run in memory on the same people and rooms, in one run.
 */
import jwt from 'jsonwebtoken';
import type pg from 'pg';
import { assignRooms, roomPerson } from '#core/rooms/index.js';
import { BENCH_JWT_SECRET } from '../support.js';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'KR'];
const CHECK_IN = '2027-07-11';

export interface TimedSeries {
  label: string;
  runs: number;
  median: number;
  worst: number;
}

function series(label: string, times: number[]): TimedSeries {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    label,
    runs: times.length,
    median: sorted[Math.floor(sorted.length / 2)]!,
    worst: sorted[sorted.length - 1]!,
  };
}

/** Who comes: both genders, one in ten a minor, one in thirty asking for a single room. */
function person(index: number) {
  return {
    nationality: COUNTRIES[index % COUNTRIES.length]!,
    gender: (index % 17 === 5 ? 'other' : index % 2 ? 'male' : 'female') as
      'female' | 'male' | 'other',
    dateOfBirth: index % 10 === 3 ? '2010-03-14' : `${1998 + (index % 7)}-0${1 + (index % 9)}-15`,
    roomSharing: index % 30 === 7 ? ('single' as const) : null,
  };
}

export async function measureRoomAssignment(
  pool: pg.Pool,
  baseUrl: string,
  options: { participants: number; rooms: number; beds: number; runs: number },
): Promise<TimedSeries[]> {
  const { rows: organizations } = await pool.query<{ id: string }>(
    `INSERT INTO organizations (name) VALUES ('Bench Logistics') RETURNING id`,
  );
  const organizationId = organizations[0]!.id;
  const { rows: organizers } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash)
     VALUES ('rooms-organizer@bench.gofar.local', 'Bench Organizer', 'scrypt$1$1$1$x$x') RETURNING id`,
  );
  const organizerId = organizers[0]!.id;
  await pool.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'organizer')`,
    [organizationId, organizerId],
  );
  const { rows: events } = await pool.query<{ id: string }>(
    `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status, published_at,
       event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     VALUES ($1, 'Rooms bench', 'workshop', 'Asia/Seoul', '2027-07-12', '2027-07-20', '2027-07-11T15:00:00Z', $2,
       'published', now(), '{P1D}', '{PT1H}', '{P1D}') RETURNING id`,
    [organizationId, options.participants],
  );
  const eventId = events[0]!.id;
  const { rows: users } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash)
     SELECT 'rooms-' || n || '@bench.gofar.local', 'Participant ' || n, 'scrypt$1$1$1$x$x'
       FROM generate_series(1, $1::int) n ORDER BY n RETURNING id`,
    [options.participants],
  );
  const people = users.map((user, index) => ({ userId: user.id, ...person(index) }));
  const { rows: registrations } = await pool.query<{ id: string; user_id: string }>(
    `INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, gender, emergency_contact, confirmed_at)
     SELECT $1, p.user_id, 'confirmed', p.nationality, p.date_of_birth, p.gender,
            '{"name":"Parent","phone":"+00 1","relationship":"parent"}'::jsonb, now()
       FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[]) AS p(user_id, nationality, date_of_birth, gender)
     RETURNING id, user_id`,
    [
      eventId,
      people.map((p) => p.userId),
      people.map((p) => p.nationality),
      people.map((p) => p.dateOfBirth),
      people.map((p) => p.gender),
    ],
  );
  const registrationOf = new Map(registrations.map((row) => [row.user_id, row.id]));
  const singles = people.filter((p) => p.roomSharing);
  await pool.query(
    `INSERT INTO travel_records (registration_id, event_id, room_sharing)
     SELECT unnest($1::uuid[]), $2, 'single'`,
    [singles.map((p) => registrationOf.get(p.userId)), eventId],
  );
  const { rows: accommodations } = await pool.query<{ id: string }>(
    `INSERT INTO accommodations (event_id, name, city, timezone, check_in_on, check_out_on)
     VALUES ($1, 'Bench Hotel', 'Seoul', 'Asia/Seoul', $2, '2027-07-17') RETURNING id`,
    [eventId, CHECK_IN],
  );
  const accommodationId = accommodations[0]!.id;
  const { rows: rooms } = await pool.query<{ id: string; label: string; beds: number }>(
    `INSERT INTO rooms (accommodation_id, label, beds)
     SELECT $1, (100 + n)::text, $2 FROM generate_series(1, $3::int) n RETURNING id, label, beds`,
    [accommodationId, options.beds, options.rooms],
  );

  // The baseline: the same algorithm on the same people and rooms, in memory.
  const candidates = people.map((p) =>
    roomPerson(
      {
        registrationId: registrationOf.get(p.userId)!,
        nationality: p.nationality,
        dateOfBirth: p.dateOfBirth,
        gender: p.gender,
        roomSharing: p.roomSharing,
      },
      CHECK_IN,
    ),
  );
  const slots = rooms.map((room) => ({ roomId: room.id, label: room.label, beds: room.beds }));
  const inMemory: number[] = [];
  let placedInMemory = 0;
  for (let run = 0; run < options.runs * 10; run += 1) {
    const started = performance.now();
    const result = assignRooms(candidates, slots);
    inMemory.push(performance.now() - started);
    if (!result.placed) throw new Error('the bench rooms should hold everyone');
    placedInMemory = [...result.occupants.values()].flat().length;
  }

  const token = jwt.sign({ sub: organizerId }, BENCH_JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: 3600,
  });
  const assign = async () => {
    const response = await fetch(
      `${baseUrl}/api/v1/accommodations/${accommodationId}/auto-assign`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      },
    );
    if (response.status !== 200)
      throw new Error(`auto-assign: ${response.status} ${await response.text()}`);
    return (await response.json()) as { items: { occupants: unknown[] }[] };
  };
  // Warm-up: the first request pays for connections and JIT.
  const warm = await assign();
  const placed = warm.items.reduce((sum, room) => sum + room.occupants.length, 0);
  if (placed !== placedInMemory || placed !== options.participants)
    throw new Error(`placed ${placed} over HTTP, ${placedInMemory} in memory`);
  const http: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const started = performance.now();
    await assign();
    http.push(performance.now() - started);
  }
  return [
    series(
      `in memory: assignRooms (${options.participants} people, ${options.rooms} rooms)`,
      inMemory,
    ),
    series('HTTP: POST /accommodations/:id/auto-assign', http),
  ];
}
