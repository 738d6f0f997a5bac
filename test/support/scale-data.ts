/**
 * A large data set made in PostgreSQL itself (generate_series, a few statements), so that a test
 * can hold as many rows as the planner needs to prefer an index when one exists: users,
 * published and draft events with sessions, registrations in a realistic mix of statuses with
 * their history, the delivery log, teams, missions and submissions. `bench/scale.ts` makes its
 * own, larger set the same way.
 */
export interface ScaleSize {
  users: number;
  events: number;
  registrations: number;
  /** Events (the first ones) that get teams, missions and submissions. */
  eventsWithTeams: number;
}

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/** Every statement of the generation, in order; `$1` is the organization, `$2` a label. */
export function scaleDataStatements({
  users,
  events,
  registrations,
  eventsWithTeams,
}: ScaleSize): string[] {
  return [
    `INSERT INTO users (email, full_name, password_hash)
     SELECT format('scale-%s-%s@gofar.test', $2::text, n),
            format('%s %s %s', (ARRAY['Nguyễn','Trần','Kim','Park','Somchai','Lê','Đặng','Tanaka'])[1 + n % 8],
                   (ARRAY['Thị','Văn','Ji','Min','Ánh','Hoàng'])[1 + n % 6], 'Person' || n),
            'scrypt$unusable'
       FROM generate_series(1, ${users}) AS n`,
    `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity,
        status, published_at, event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     SELECT $1::uuid, format('Scale %s event %s', $2::text, n), 'workshop', 'Asia/Seoul',
            DATE '2030-01-01' + n % 900, DATE '2030-01-01' + n % 900 + 2,
            (DATE '2030-01-01' + n % 900)::timestamp AT TIME ZONE 'Asia/Seoul', 100000,
            CASE WHEN n % 10 = 0 THEN 'draft' ELSE 'published' END, now() - interval '30 days',
            '{P1D}', '{PT1H}', '{P1D}'
       FROM generate_series(0, ${events - 1}) AS n`,
    `CREATE TEMP TABLE scale_events AS
     SELECT id, starts_at, (row_number() OVER (ORDER BY title) - 1)::int AS i
       FROM events WHERE title LIKE format('Scale %s event %%', $2::text) AND organization_id = $1`,
    `CREATE TEMP TABLE scale_users AS
     SELECT id, (row_number() OVER (ORDER BY email) - 1)::int AS i
       FROM users WHERE email LIKE format('scale-%s-%%', $2::text) AND $1::uuid IS NOT NULL`,
    `CREATE UNIQUE INDEX ON scale_events (i)`,
    `CREATE UNIQUE INDEX ON scale_users (i)`,
    `INSERT INTO sessions (event_id, title, type, starts_at, ends_at, timezone, end_timezone, venue_key)
     SELECT e.id, format('Session %s', s), 'lecture', e.starts_at + s * interval '3 hours',
            e.starts_at + s * interval '3 hours' + interval '90 minutes', 'Asia/Seoul', 'Asia/Seoul',
            format('room %s|seoul', s)
       FROM scale_events e CROSS JOIN generate_series(0, 2) AS s`,
    // User u registers for events (k * 13 + u) mod events, k = 0, 1, ...: never twice for one
    // event while there are fewer than events / 13 registrations per user.
    `INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact,
        waitlisted_at, confirmed_at, cancelled_by, created_at, updated_at)
     SELECT e.id, u.id, r.status, (ARRAY['VN','KR','TH','ID','JP','PH','MY'])[1 + n % 7],
            DATE '1995-01-01' + n % 4000, '{"name":"Kin","phone":"+84 90 000 0000","relationship":"parent"}',
            CASE WHEN r.status = 'waitlisted' THEN r.at END, CASE WHEN r.status = 'confirmed' THEN r.at END,
            CASE WHEN r.status = 'cancelled' THEN 'participant' END, r.at, r.at
       FROM generate_series(0, ${registrations - 1}) AS n
       CROSS JOIN LATERAL (SELECT
            CASE WHEN n % 20 < 14 THEN 'confirmed' WHEN n % 20 < 16 THEN 'waitlisted'
                 WHEN n % 20 = 16 THEN 'pending' WHEN n % 20 < 19 THEN 'cancelled' ELSE 'rejected' END AS status,
            now() - (n % 400) * interval '1 day' - (n % 86400) * interval '1 second' AS at) AS r
       JOIN scale_users u ON u.i = n % ${users}
       JOIN scale_events e ON e.i = ((n / ${users}) * 13 + n % ${users}) % ${events}`,
    `INSERT INTO registration_changes (registration_id, from_status, to_status, by_user_id, reason, at)
     SELECT r.id, NULL, r.status, r.user_id, 'registered', r.created_at
       FROM registrations r JOIN scale_events e ON e.id = r.event_id
      ORDER BY r.created_at`,
    // The delivery log: an event reminder still scheduled for each confirmed participant, the
    // registration email sent to everyone else.
    `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, status, sent_at, recipient_email)
     SELECT CASE WHEN r.status = 'confirmed' THEN 'event_reminder' ELSE 'registration_received' END,
            CASE WHEN r.status = 'confirmed' THEN e.id ELSE r.id END, r.user_id,
            CASE WHEN r.status = 'confirmed' THEN e.starts_at - interval '1 day' ELSE r.created_at END,
            e.id, CASE WHEN r.status = 'confirmed' THEN 'scheduled' ELSE 'sent' END,
            CASE WHEN r.status = 'confirmed' THEN NULL ELSE r.created_at END,
            CASE WHEN r.status = 'confirmed' THEN NULL ELSE 'someone@gofar.test' END
       FROM registrations r JOIN scale_events e ON e.id = r.event_id`,
    `INSERT INTO teams (event_id, name, position)
     SELECT e.id, format('Team %s', t), t FROM scale_events e CROSS JOIN generate_series(1, 10) AS t
      WHERE e.i < ${eventsWithTeams}`,
    `INSERT INTO team_members (registration_id, team_id, event_id, user_id)
     SELECT r.id, t.id, r.event_id, r.user_id
       FROM registrations r JOIN scale_events e ON e.id = r.event_id AND e.i < ${eventsWithTeams}
       JOIN teams t ON t.event_id = r.event_id AND t.position = 1 + r.seq % 10
      WHERE r.status = 'confirmed'`,
    `INSERT INTO missions (event_id, title, due_at, max_score)
     SELECT e.id, format('Mission %s', m), e.starts_at + m * interval '1 day', 10
       FROM scale_events e CROSS JOIN generate_series(1, 2) AS m`,
    `INSERT INTO submissions (mission_id, team_id, submitted_by, content)
     SELECT m.id, t.id, member.user_id, 'Our answer'
       FROM missions m JOIN teams t ON t.event_id = m.event_id
       JOIN LATERAL (SELECT tm.user_id FROM team_members tm WHERE tm.team_id = t.id LIMIT 1) AS member ON true`,
    `DROP TABLE scale_events`,
    `DROP TABLE scale_users`,
    `ANALYZE`,
  ];
}

/** Generates the set for `organizationId` on one connection (the statements share temp tables). */
export async function generateScaleData(
  query: Query,
  organizationId: string,
  size: ScaleSize,
  label = 'data',
): Promise<void> {
  // Both are written into the SQL as literals: check that they are what they claim to be.
  if (!/^[0-9a-f-]{36}$/.test(organizationId) || !/^[a-z0-9]+$/.test(label))
    throw new Error('an organization id and a plain label are needed');
  for (const statement of scaleDataStatements(size))
    await query(statement.replaceAll('$1', `'${organizationId}'`).replaceAll('$2', `'${label}'`));
}
