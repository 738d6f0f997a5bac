import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { poolQuery } from '#db/pool-query.js';
import type { EventStatus } from '../events/index.js';
import type { Venue } from '../itinerary/index.js';
import type { ReminderContext } from './reminder-context.js';
import type { ReminderKind } from './reminder-times.js';

/** The one query a reminder reads when it fires, straight to the pg pool (once per email). */
@Injectable()
export class ReminderContextRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reads the context of one reminder time for each of its recipients in one round trip (a
   * reminder time can mean thousands of emails at once): the event, whether each recipient is
   * confirmed, their feed, and the session, or the mission with their team and whether it has
   * submitted. Recipients the event does not know are absent from the map only if the event is.
   */
  async read(
    kind: ReminderKind,
    eventId: string,
    subjectId: string,
    recipientIds: string[],
  ): Promise<Map<string, ReminderContext>> {
    const rows = await poolQuery<Record<string, unknown>>(
      this.dataSource,
      `SELECT rcp.user_id AS recipient_id,
              e.id, e.status, e.title, e.starts_on::text, e.ends_on::text, e.starts_at, e.timezone,
              e.event_reminder_offsets, e.session_reminder_offsets, e.mission_reminder_offsets,
              EXISTS (SELECT 1 FROM registrations r
                       WHERE r.event_id = e.id AND r.user_id = rcp.user_id AND r.status = 'confirmed') AS confirmed,
              f.salt AS feed_salt,
              s.title AS s_title, s.starts_at AS s_starts_at, s.ends_at AS s_ends_at,
              s.timezone AS s_timezone, s.end_timezone AS s_end_timezone, s.venue AS s_venue,
              s.description AS s_description,
              m.title AS m_title, m.due_at AS m_due_at, ms.timezone AS m_zone,
              t.name AS team_name,
              p.airport AS p_airport, p.timezone AS p_timezone, p.meet_at AS p_meet_at, p.note AS p_note,
              COALESCE(rcp.user_id = ANY(p.staff_ids), false) AS p_is_staff,
              EXISTS (SELECT 1 FROM pickup_members pm JOIN registrations pr ON pr.id = pm.registration_id
                       WHERE pm.pickup_id = p.id AND pr.user_id = rcp.user_id AND pr.status = 'confirmed') AS p_is_participant,
              (SELECT count(*) FROM pickup_members pm WHERE pm.pickup_id = p.id)::int AS p_count,
              EXISTS (SELECT 1 FROM submissions x
                       WHERE x.team_id = t.id AND x.mission_id = m.id AND x.superseded_at IS NULL) AS team_submitted
         FROM events e
         CROSS JOIN unnest($2::uuid[]) AS rcp(user_id)
         LEFT JOIN calendar_feeds f ON f.event_id = e.id AND f.user_id = rcp.user_id
         LEFT JOIN LATERAL (
           SELECT * FROM sessions s
            WHERE s.event_id = e.id AND s.status = 'scheduled'
              AND CASE $3 WHEN 'session_reminder' THEN s.id = $4::uuid
                          WHEN 'event_reminder' THEN true ELSE false END
            ORDER BY s.starts_at, s.id LIMIT 1) s ON true
         LEFT JOIN missions m ON $3 = 'mission_reminder' AND m.id = $4::uuid AND m.event_id = e.id
         LEFT JOIN sessions ms ON ms.id = m.session_id
         LEFT JOIN team_members tm ON m.id IS NOT NULL AND tm.event_id = e.id AND tm.user_id = rcp.user_id
         LEFT JOIN teams t ON t.id = tm.team_id
         LEFT JOIN airport_pickups p ON $3 = 'pickup_reminder' AND p.id = $4::uuid AND p.event_id = e.id
        WHERE e.id = $1`,
      [eventId, recipientIds, kind, subjectId],
    );
    return new Map(rows.map((row) => [row.recipient_id as string, toContext(row)]));
  }
}

function toContext(row: Record<string, unknown>): ReminderContext {
  return {
    event: {
      id: row.id as string,
      status: row.status as EventStatus,
      title: row.title as string,
      startsOn: row.starts_on as string,
      endsOn: row.ends_on as string,
      startsAt: new Date(row.starts_at as string),
      timezone: row.timezone as string,
      offsets: {
        event_reminder: row.event_reminder_offsets as string[],
        session_reminder: row.session_reminder_offsets as string[],
        mission_reminder: row.mission_reminder_offsets as string[],
        // Fixed per role, not per event: see PICKUP_*_REMINDER_OFFSET.
        pickup_reminder: [],
      },
    },
    confirmed: row.confirmed as boolean,
    feedSalt: (row.feed_salt as string | null) ?? null,
    session: row.s_title
      ? {
          title: row.s_title as string,
          startsAt: new Date(row.s_starts_at as string),
          endsAt: new Date(row.s_ends_at as string),
          timezone: row.s_timezone as string,
          endTimezone: row.s_end_timezone as string,
          venue: (row.s_venue as Venue | null) ?? null,
          description: (row.s_description as string | null) ?? null,
        }
      : null,
    mission: row.m_title
      ? {
          title: row.m_title as string,
          dueAt: new Date(row.m_due_at as string),
          zone: (row.m_zone as string | null) ?? null,
        }
      : null,
    team: row.team_name
      ? { name: row.team_name as string, submitted: row.team_submitted as boolean }
      : null,
    pickup: row.p_airport
      ? {
          airport: row.p_airport as string,
          timezone: row.p_timezone as string,
          meetAt: new Date(row.p_meet_at as string),
          note: (row.p_note as string | null) ?? null,
          isStaff: row.p_is_staff as boolean,
          isParticipant: row.p_is_participant as boolean,
          participantCount: row.p_count as number,
        }
      : null,
  };
}
