import { randomBytes } from 'node:crypto';
import {
  API_ENTRY,
  SEED_ENTRY,
  WORKER_ENTRY,
  processEnv,
  spawnProcess,
  startApi,
} from './support/api-process.js';
import { createDatabase, dropDatabase, query } from './support/databases.js';
import { ApiClient } from './support/http-client.js';
import { databaseUrl, TEST_ADMIN_PASSWORD, testRun } from './support/test-environment.js';
import { pause } from './support/timing.js';

describe('start-up', () => {
  it('two API processes started at once on an empty database both come up; schema and admin exist once', async () => {
    const name = `gofar_test_${testRun().runId}_race_${randomBytes(3).toString('hex')}`;
    await createDatabase(name);
    const url = databaseUrl(name);
    const adminEmail = `race-admin-${randomBytes(3).toString('hex')}@gofar.test`;
    const env = { DATABASE_URL: url, ADMIN_EMAIL: adminEmail };
    const servers = await Promise.all([startApi(env), startApi(env)]);
    try {
      const migrations = await query<{ name: string; count: string }>(
        url,
        'SELECT name, count(*) FROM migrations GROUP BY name',
      );
      expect(migrations.length).toBeGreaterThan(0);
      expect(migrations.every((row) => row.count === '1')).toBe(true);
      const admins = await query<{ email: string }>(url, 'SELECT email FROM users WHERE is_admin');
      expect(admins).toEqual([{ email: adminEmail }]);
      for (const server of servers) {
        const login = await new ApiClient(server.baseUrl).post('/api/v1/auth/login', {
          email: adminEmail,
          password: TEST_ADMIN_PASSWORD,
        });
        expect(login.status).toBe(200);
        expect(login.body.user.isAdmin).toBe(true);
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await dropDatabase(name);
    }
  });

  it('never overwrites an existing admin on a later start', async () => {
    const name = `gofar_test_${testRun().runId}_admin_${randomBytes(3).toString('hex')}`;
    await createDatabase(name);
    const env = { DATABASE_URL: databaseUrl(name), ADMIN_EMAIL: 'first-admin@gofar.test' };
    try {
      await (await startApi({ ...env, ADMIN_PASSWORD: 'the-original-password' })).stop();
      const second = await startApi({ ...env, ADMIN_PASSWORD: 'a-different-password' });
      try {
        const client = new ApiClient(second.baseUrl);
        const login = (password: string) =>
          client.post('/api/v1/auth/login', { email: 'first-admin@gofar.test', password });
        expect((await login('the-original-password')).status).toBe(200);
        expect((await login('a-different-password')).status).toBe(401);
      } finally {
        await second.stop();
      }
    } finally {
      await dropDatabase(name);
    }
  });

  it('RUN_MIGRATIONS=false starts without touching the schema', async () => {
    const name = `gofar_test_${testRun().runId}_nomig_${randomBytes(3).toString('hex')}`;
    await createDatabase(name);
    const url = databaseUrl(name);
    const server = await startApi({
      DATABASE_URL: url,
      RUN_MIGRATIONS: 'false',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    });
    try {
      const tables = await query(
        url,
        `SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await server.stop();
      await dropDatabase(name);
    }
  });

  it.each([
    ['JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: 'too-short' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/gofar' }],
    ['JWT_TTL', { JWT_TTL: 'twelve hours' }],
    ['AUTH_RATE_LIMIT_PER_MINUTE', { AUTH_RATE_LIMIT_PER_MINUTE: '-1' }],
  ])('a bad %s stops the process with one line naming it', async (variable, overrides) => {
    const child = spawnProcess(API_ENTRY, processEnv(overrides));
    const code = await new Promise<number | null>((done) => child.child.once('exit', done));
    expect(code).toBe(1);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });
});

describe('worker and seed processes', () => {
  it('the worker boots without an HTTP server and exits cleanly on SIGTERM', async () => {
    const worker = spawnProcess(WORKER_ENTRY, processEnv({ LOG_LEVEL: 'info' }));
    const deadline = Date.now() + 30_000;
    while (!worker.output().includes('Gofar worker ready') && Date.now() < deadline) {
      await pause(100);
    }
    expect(worker.output()).toContain('Gofar worker ready');
    expect(worker.output()).not.toMatch(/listening on port/i);
    expect(await worker.stop()).toBe(0);
  });

  it('npm run seed loads the demo data on an empty database and is safe to run twice', async () => {
    const name = `gofar_test_${testRun().runId}_seed_${randomBytes(3).toString('hex')}`;
    await createDatabase(name);
    const url = databaseUrl(name);
    const runSeed = async () => {
      const seed = spawnProcess(
        SEED_ENTRY,
        processEnv({ DATABASE_URL: url, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }),
      );
      const code = await new Promise<number | null>((done) => seed.child.once('exit', done));
      expect({ code, output: code === 0 ? '' : seed.output() }).toEqual({ code: 0, output: '' });
    };
    const counts = async () =>
      (
        await query<Record<string, string>>(
          url,
          `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM organizations) AS organizations,
                  (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM events) AS events,
                  (SELECT count(*) FROM event_staff) AS staff, (SELECT count(*) FROM registrations) AS registrations,
                  (SELECT count(*) FROM sessions) AS sessions, (SELECT count(*) FROM teams) AS teams,
                  (SELECT count(*) FROM missions) AS missions, (SELECT count(*) FROM submissions) AS submissions,
                  (SELECT count(*) FROM travel_records) AS travel, (SELECT count(*) FROM airport_pickups) AS pickups`,
        )
      )[0];
    try {
      await runSeed();
      const first = await counts();
      expect(first).toEqual({
        users: String(4 + 52 + 300),
        organizations: '1',
        memberships: '3',
        events: '2',
        staff: '3',
        registrations: String(52 + 300),
        sessions: '56',
        teams: '8',
        missions: '3',
        submissions: '5',
        // Flights for most workshop participants (a few missing) and two groups at Incheon.
        travel: '44',
        pickups: '2',
      });
      const events = await query<{
        title: string;
        status: string;
        timezone: string;
        seats_taken: number;
        waitlist_count: number;
      }>(
        url,
        'SELECT title, status, timezone, seats_taken, waitlist_count FROM events ORDER BY starts_on',
      );
      expect(events).toEqual([
        {
          title: 'ASEAN-Korea Youth Network Workshop 2027',
          status: 'published',
          timezone: 'Asia/Seoul',
          seats_taken: 48,
          waitlist_count: 4,
        },
        {
          title: 'ASEAN-Korea Forum on Electric Mobility',
          status: 'published',
          timezone: 'Asia/Jakarta',
          seats_taken: 300,
          waitlist_count: 0,
        },
      ]);
      // Eleven nationalities, each within its quota (four per ASEAN country, eight from Korea).
      const spread = await query<{ nationality: string; count: string }>(
        url,
        `SELECT r.nationality, count(*) FROM registrations r JOIN events e ON e.id = r.event_id
          WHERE e.kind = 'workshop' AND r.status = 'confirmed' GROUP BY 1`,
      );
      expect(spread).toHaveLength(11);
      expect(spread.every((row) => Number(row.count) === (row.nationality === 'KR' ? 8 : 4))).toBe(
        true,
      );
      await runSeed();
      expect(await counts()).toEqual(first);
      // A Seoul hotel and a Hanoi dormitory, every confirmed participant in a room of each, once.
      expect(
        await query(
          url,
          `SELECT a.city, count(DISTINCT r.id)::int AS rooms, count(o.registration_id)::int AS occupants
             FROM accommodations a JOIN rooms r ON r.accommodation_id = a.id
             LEFT JOIN room_occupants o ON o.room_id = r.id GROUP BY a.city ORDER BY a.city`,
        ),
      ).toEqual([
        { city: 'Hanoi', rooms: 14, occupants: 48 },
        { city: 'Seoul', rooms: 26, occupants: 48 },
      ]);

      // The programme reads as nine local days: five in Seoul, the travel day, three in Hanoi.
      const api = await startApi({ DATABASE_URL: url, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
      try {
        const client = new ApiClient(api.baseUrl);
        const login = await client.post('/api/v1/auth/login', {
          email: 'organizer@gofar.local',
          password: 'gofar-demo-2027',
        });
        const [workshop] = await query<{ id: string }>(
          url,
          `SELECT id FROM events WHERE kind = 'workshop'`,
        );
        const itinerary = await client.get(`/api/v1/events/${workshop!.id}/itinerary`, {
          token: login.body.accessToken,
        });
        expect(
          itinerary.body.days.map(
            (day: { date: string; timezone: string }) => `${day.date} ${day.timezone}`,
          ),
        ).toEqual([
          ...['12', '13', '14', '15', '16', '17'].map((day) => `2027-07-${day} Asia/Seoul`),
          ...['18', '19', '20'].map((day) => `2027-07-${day} Asia/Ho_Chi_Minh`),
        ]);
        const travelDay = itinerary.body.days[5].sessions as {
          title: string;
          timezone: string;
          localStart: string;
        }[];
        expect(
          travelDay.map((session) => `${session.localStart} ${session.timezone} ${session.title}`),
        ).toEqual([
          '06:00 Asia/Seoul Breakfast and check-out',
          '10:00 Asia/Seoul Flight ICN → HAN',
          '14:30 Asia/Ho_Chi_Minh Hotel check-in',
          '16:00 Asia/Ho_Chi_Minh Walk around Hoan Kiem Lake and the Old Quarter',
          '18:30 Asia/Ho_Chi_Minh Welcome dinner in Hanoi',
        ]);
      } finally {
        await api.stop();
      }
    } finally {
      await dropDatabase(name);
    }
    // Two full seed runs: on a busy two-core machine they take more than a minute.
  }, 180_000);
});
