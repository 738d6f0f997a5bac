/**
 * A large Gofar data set made in PostgreSQL itself (generate_series and set-based inserts, no
 * API), around the present day: users, events spread over the year before and the year after
 * today (one in ten a draft) with three sessions and two missions each, registrations in a
 * realistic mix of statuses with their history, the delivery log (event reminders still
 * `scheduled` for the confirmed participants of coming events, as the planner itself would
 * write them, and a sent email for everyone else), teams with members, submissions.
 * `test/support/scale-data.ts` makes a fixed-date set the same way for the plan test.
 */
import type pg from 'pg';

export interface ScaleSize {
  users: number;
  events: number;
  registrations: number;
  /** Events (the first ones) that get teams and submissions. */
  eventsWithTeams: number;
}

/** The statements, in order; they share temp tables, so run them on one connection. */
function statements(
  organizationId: string,
  { users, events, registrations, eventsWithTeams }: ScaleSize,
) {
  const org = `'${organizationId}'::uuid`;
  return [
    `INSERT INTO users (email, full_name, password_hash)
     SELECT format('scale-%s@bench.gofar.local', n),
            format('%s %s %s', (ARRAY['Nguyễn','Trần','Kim','Park','Somchai','Lê','Đặng','Tanaka'])[1 + n % 8],
                   (ARRAY['Thị','Văn','Ji','Min','Ánh','Hoàng'])[1 + n % 6], 'Person' || n),
            'scrypt$1$1$1$x$x'
       FROM generate_series(0, ${users - 1}) AS n`,
    // Session reminders and mission reminders are left out (empty offsets): a plan would add
    // three rows per participant that this set does not carry; event reminders are in it.
    `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity,
        status, published_at, event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     SELECT ${org}, format('Scale event %s', lpad(n::text, 6, '0')), 'workshop', 'Asia/Seoul', d, d + 2,
            d::timestamp AT TIME ZONE 'Asia/Seoul' + interval '9 hours', 100000,
            CASE WHEN n % 10 = 0 THEN 'draft' ELSE 'published' END, now() - interval '500 days',
            '{P1D}', '{}', '{}'
       FROM generate_series(0, ${events - 1}) AS n
      CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE 'Asia/Seoul')::date - 365 + (n * 7919) % 731 AS d) AS day`,
    `CREATE TEMP TABLE scale_events AS
     SELECT id, starts_at, (row_number() OVER (ORDER BY title) - 1)::int AS i
       FROM events WHERE organization_id = ${org}`,
    `CREATE TEMP TABLE scale_users AS
     SELECT id, (row_number() OVER (ORDER BY email) - 1)::int AS i
       FROM users WHERE email LIKE 'scale-%@bench.gofar.local'`,
    `CREATE UNIQUE INDEX ON scale_events (i)`,
    `CREATE UNIQUE INDEX ON scale_users (i)`,
    // Sessions and missions were made long ago, as they would be (not changed since).
    `INSERT INTO sessions (event_id, title, type, starts_at, ends_at, timezone, end_timezone, venue_key,
        created_at, updated_at)
     SELECT e.id, format('Session %s', s), 'lecture', e.starts_at + s * interval '3 hours',
            e.starts_at + s * interval '3 hours' + interval '90 minutes', 'Asia/Seoul', 'Asia/Seoul',
            format('room %s|seoul', s), now() - interval '500 days', now() - interval '500 days'
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
       JOIN scale_users u ON u.i = n % ${users}
       JOIN scale_events e ON e.i = ((n / ${users}) * 13 + n % ${users}) % ${events}
       CROSS JOIN LATERAL (SELECT
            CASE WHEN n % 20 < 14 THEN 'confirmed' WHEN n % 20 < 16 THEN 'waitlisted'
                 WHEN n % 20 = 16 THEN 'pending' WHEN n % 20 < 19 THEN 'cancelled' ELSE 'rejected' END AS status,
            LEAST(now(), e.starts_at) - interval '1 day' - (n % 60) * interval '1 day' AS at) AS r`,
    `UPDATE events e SET seats_taken = c.confirmed, waitlist_count = c.waitlisted, pending_count = c.pending
       FROM (SELECT event_id, count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
                    count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
                    count(*) FILTER (WHERE status = 'pending') AS pending
               FROM registrations GROUP BY event_id) c
      WHERE c.event_id = e.id`,
    `INSERT INTO registration_changes (registration_id, from_status, to_status, by_user_id, reason, at)
     SELECT id, NULL, status, user_id, 'registered', created_at FROM registrations ORDER BY created_at`,
    `INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status, sent_at, recipient_email)
     SELECT CASE WHEN reminder THEN 'event_reminder' ELSE 'registration_received' END,
            CASE WHEN reminder THEN r.event_id ELSE r.id END, r.user_id,
            CASE WHEN reminder THEN e.starts_at - interval '1 day' ELSE r.created_at END, r.event_id,
            CASE WHEN reminder THEN '{"offset":"P1D"}'::jsonb ELSE '{}'::jsonb END,
            CASE WHEN reminder AND e.starts_at - interval '1 day' > now() THEN 'scheduled' ELSE 'sent' END,
            CASE WHEN reminder AND e.starts_at - interval '1 day' > now() THEN NULL ELSE r.created_at END,
            CASE WHEN reminder AND e.starts_at - interval '1 day' > now() THEN NULL ELSE 'someone@bench.gofar.local' END
       FROM registrations r JOIN events e ON e.id = r.event_id
      CROSS JOIN LATERAL (SELECT r.status = 'confirmed' AND e.status = 'published' AS reminder) AS k`,
    `INSERT INTO teams (event_id, name, position)
     SELECT e.id, format('Team %s', t), t FROM scale_events e CROSS JOIN generate_series(1, 10) AS t
      WHERE e.i < ${eventsWithTeams}`,
    `INSERT INTO team_members (registration_id, team_id, event_id, user_id)
     SELECT r.id, t.id, r.event_id, r.user_id
       FROM registrations r JOIN scale_events e ON e.id = r.event_id AND e.i < ${eventsWithTeams}
       JOIN teams t ON t.event_id = r.event_id AND t.position = 1 + r.seq % 10
      WHERE r.status = 'confirmed'`,
    `INSERT INTO missions (event_id, title, due_at, max_score, created_at)
     SELECT e.id, format('Mission %s', m), e.starts_at + m * interval '1 day', 10, now() - interval '500 days'
       FROM scale_events e CROSS JOIN generate_series(1, 2) AS m`,
    `INSERT INTO submissions (mission_id, team_id, submitted_by, content)
     SELECT m.id, t.id, member.user_id, 'Our answer'
       FROM missions m JOIN teams t ON t.event_id = m.event_id
       JOIN LATERAL (SELECT tm.user_id FROM team_members tm WHERE tm.team_id = t.id LIMIT 1) AS member ON true`,
    `DROP TABLE scale_events`,
    `DROP TABLE scale_users`,
    `VACUUM ANALYZE`,
  ];
}

/** Generates the set for `organizationId`; the organization id is checked, then inlined. */
export async function generateScaleData(
  client: pg.Client,
  organizationId: string,
  size: ScaleSize,
): Promise<void> {
  if (!/^[0-9a-f-]{36}$/.test(organizationId)) throw new Error('not an organization id');
  for (const statement of statements(organizationId, size)) await client.query(statement);
}
