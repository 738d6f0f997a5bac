import type pg from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AccountService } from '#core/accounts/index.js';
import { EventService } from '#core/events/index.js';
import { NotificationListService } from '#core/notifications/index.js';
import { RegistrationService } from '#core/registrations/index.js';
import { ReminderPlannerService, ReminderReconcilerService } from '#core/reminders/index.js';
import { MissionService, TeamService } from '#core/teams/index.js';
import {
  newOrganization,
  newUsers,
  publishedEvent,
  registrationInput,
  type OrganizationSetup,
} from '../support/core-factories.js';
import { CoreTestingModule } from '../support/core-testing-module.js';
import { generateScaleData } from '../support/scale-data.js';

/**
 * The main lists and the registration path read through indexes on a data set large enough for
 * the planner to care (200,000 registrations with their history and delivery log, 5,000 events
 * with sessions, teams, missions and submissions, made in PostgreSQL in seconds, then ANALYZE).
 * The SQL is the one the services really send: it is captured from TypeORM's logger and from
 * the pg pool (the hot paths' prepared statements bypass TypeORM) while the services run, then
 * each statement is explained with its own parameters. A PL/pgSQL function's own statements
 * are not seen: only its call is.
 */
const BIG_TABLES = new Set([
  'events',
  'registrations',
  'registration_changes',
  'notifications',
  'users',
  'sessions',
  'teams',
  'team_members',
  'missions',
  'submissions',
]);

interface Captured {
  sql: string;
  parameters: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** Records every statement sent while `work` runs (the logger is TypeORM's, wrapped). */
async function captured(dataSource: DataSource, work: () => Promise<unknown>): Promise<Captured[]> {
  const statements: Captured[] = [];
  const original = dataSource.logger;
  const recording: TypeOrmLogger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery')
        return (sql: string, parameters?: unknown[]) => {
          statements.push({ sql, parameters: parameters ?? [] });
        };
      return Reflect.get(target, property, receiver);
    },
  });
  Object.defineProperty(dataSource, 'logger', { value: recording, configurable: true });
  // Statements sent straight to the pool (TypeORM's own go through pool.connect, not here).
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const poolQuery = pool.query;
  const recordingQuery = function (this: pg.Pool, ...args: unknown[]) {
    const [first, values] = args as [string | { text: string; values?: unknown[] }, unknown[]?];
    if (typeof first === 'string') statements.push({ sql: first, parameters: values ?? [] });
    else statements.push({ sql: first.text, parameters: first.values ?? [] });
    return (poolQuery as (...rest: unknown[]) => unknown).apply(this, args);
  };
  pool.query = recordingQuery as unknown as typeof pool.query;
  try {
    await work();
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: original, configurable: true });
    pool.query = poolQuery;
  }
  return statements.filter((statement) => /^\s*(SELECT|WITH|UPDATE|DELETE)\b/i.test(statement.sql));
}

function seqScansOnBigTables(node: PlanNode, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && BIG_TABLES.has(node['Relation Name'] ?? ''))
    found.push(node['Relation Name']!);
  for (const child of node.Plans ?? []) seqScansOnBigTables(child, found);
  return found;
}

describe('query plans at scale', () => {
  let core: CoreTestingModule;
  let setup: OrganizationSetup;
  let eventId: string;
  let participant: { id: string };

  beforeAll(async () => {
    core = await CoreTestingModule.start();
    setup = await newOrganization(core);
    const runner = core.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await generateScaleData((sql) => runner.query(sql), setup.organizationId, {
        users: 50_000,
        events: 5_000,
        registrations: 200_000,
        eventsWithTeams: 500,
      });
    } finally {
      await runner.release();
    }
    // An event of the set with teams, and one of its confirmed participants.
    const [row] = await core.query<{ event_id: string; user_id: string }>(
      `SELECT r.event_id, r.user_id FROM registrations r JOIN teams t ON t.event_id = r.event_id
        WHERE r.status = 'confirmed' ORDER BY r.seq LIMIT 1`,
    );
    eventId = row!.event_id;
    participant = { id: row!.user_id };
    await core.query(`INSERT INTO event_staff (event_id, user_id) VALUES ($1, $2)`, [
      eventId,
      setup.staff.id,
    ]);
  }, 180_000);
  afterAll(() => core.stop());

  /** Explains each captured statement; returns the big tables each one reads without an index. */
  async function plansOf(statements: Captured[]): Promise<{ sql: string; seqScans: string[] }[]> {
    expect(statements.length).toBeGreaterThan(0);
    const plans = [];
    for (const { sql, parameters } of statements) {
      const [row] = await core.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
        parameters,
      );
      const seqScans = seqScansOnBigTables(row!['QUERY PLAN'][0].Plan);
      // The plan in words, for the failure message.
      const text = seqScans.length
        ? (await core.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, parameters))
            .map((line) => line['QUERY PLAN'])
            .join('\n')
        : '';
      plans.push({ sql: `${sql.replace(/\s+/g, ' ')}\n${text}`, seqScans });
    }
    return plans;
  }

  async function expectIndexed(work: () => Promise<unknown>): Promise<void> {
    const plans = await plansOf(await captured(core.dataSource, work));
    expect(plans.filter((plan) => plan.seqScans.length)).toEqual([]);
  }

  it('the generated set is as large as announced, and a sequential scan is what fails', async () => {
    const [counts] = await core.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM registrations)::int AS registrations,
              (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT count(*) FROM events)::int AS events`,
    );
    expect(counts!.registrations).toBe(200_000);
    expect(counts!.notifications).toBeGreaterThanOrEqual(200_000);
    expect(counts!.events).toBeGreaterThanOrEqual(5_000);
    // The check itself: a query with no usable index is reported.
    const plans = await plansOf([
      { sql: `SELECT * FROM registrations WHERE motivation = $1`, parameters: ['x'] },
    ]);
    expect(plans[0]!.seqScans).toEqual(['registrations']);
  });

  it('the event list, anonymous and signed in, first and next page', async () => {
    const events = core.get(EventService);
    await expectIndexed(async () => {
      const first = await events.list(null, { limit: 50 });
      await events.list(null, { limit: 50, cursor: first.nextCursor! });
      const mine = await events.list(setup.organizer, { limit: 50 });
      await events.list(setup.organizer, { limit: 50, cursor: mine.nextCursor! });
    });
  });

  it('an event’s registrations: filters, search, keyset pages, the waiting list', async () => {
    const registrations = core.get(RegistrationService);
    await expectIndexed(async () => {
      const first = await registrations.listForEvent(setup.organizer, eventId, { limit: 20 });
      await registrations.listForEvent(setup.organizer, eventId, {
        limit: 20,
        cursor: first.nextCursor!,
      });
      await registrations.listForEvent(setup.staff, eventId, { status: 'confirmed', limit: 20 });
      await registrations.listForEvent(setup.organizer, eventId, {
        status: 'waitlisted',
        nationality: 'VN',
      });
      await registrations.listForEvent(setup.organizer, eventId, { q: 'nguyen person1' });
    });
  });

  it('/me/registrations', async () => {
    const registrations = core.get(RegistrationService);
    const actor = (await core.get(AccountService).findById(participant.id))!;
    await expectIndexed(async () => {
      const first = await registrations.listMine(actor, { limit: 2 });
      await registrations.listMine(actor, { limit: 2, cursor: first.nextCursor! });
    });
  });

  it('the delivery log with its filters and next page', async () => {
    const log = core.get(NotificationListService);
    await expectIndexed(async () => {
      const first = await log.listForEvent(setup.organizer, eventId, { limit: 20 });
      await log.listForEvent(setup.organizer, eventId, { limit: 20, cursor: first.nextCursor! });
      await log.listForEvent(setup.organizer, eventId, { status: 'scheduled' });
      await log.listForEvent(setup.organizer, eventId, { kind: 'event_reminder' });
      await log.listForEvent(setup.organizer, eventId, { recipient: participant.id });
    });
  });

  it('teams, missions, submissions and the leaderboard', async () => {
    const teams = core.get(TeamService);
    const missions = core.get(MissionService);
    const [mission] = await core.query<{ id: string }>(
      `SELECT id FROM missions WHERE event_id = $1 LIMIT 1`,
      [eventId],
    );
    await expectIndexed(async () => {
      await teams.list(setup.organizer, eventId);
      await missions.list(setup.organizer, eventId);
      await missions.submissions(setup.organizer, mission!.id);
      await missions.leaderboard(setup.organizer, eventId);
    });
  });

  it('creating a registration', async () => {
    const event = await publishedEvent(core, setup, { capacity: 10 });
    const [person] = await newUsers(core, 1);
    await core.query('ANALYZE events');
    await expectIndexed(() =>
      core.get(RegistrationService).register(person!, event.id, registrationInput()),
    );
  });

  it('the reminder reconciliation’s tick and an event’s plan', async () => {
    const reconciler = core.get(ReminderReconcilerService);
    const planner = core.get(ReminderPlannerService);
    // A mark as a previous tick leaves it; this tick then reads changes and near events only.
    const now = new Date('2029-06-01T00:00:00Z');
    await core.query(
      `INSERT INTO reminder_reconciliation (id, changes_seen_until) VALUES (1, $1)`,
      [new Date(now.getTime() - 300_000)],
    );
    const noJobs = async () => undefined;
    await expectIndexed(async () => {
      const tick = await reconciler.run(24 * 3600_000, noJobs, now);
      expect(tick).toMatchObject({ full: false, eventIds: [], failedEventIds: [] });
      await planner.plan({ eventId, requestedAt: new Date().toISOString() }, noJobs);
    });
  });
});
