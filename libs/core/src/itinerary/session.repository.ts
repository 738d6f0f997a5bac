import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SessionStatus, SessionType, Venue } from './session-type.js';
import { Session } from './session.entity.js';

interface SessionRow {
  id: string;
  event_id: string;
  title: string;
  type: SessionType;
  description: string | null;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  end_timezone: string;
  venue: Venue | null;
  venue_key: string | null;
  mandatory: boolean;
  sequence: number;
  status: SessionStatus;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, event_id, title, type, description, starts_at, ends_at, timezone, end_timezone, venue, venue_key,
  mandatory, sequence, status, created_at, updated_at`;

/**
 * The SQL of sessions. An event's sessions, the hottest query of the itinerary, are plain SQL
 * mapped by hand, which skips TypeORM's query building and hydration (measured in
 * bench/itinerary-read).
 */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forEvent(eventId: string, scheduledOnly: boolean): Promise<Session[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sessions WHERE event_id = $1 ${scheduledOnly ? `AND status = 'scheduled'` : ''} ORDER BY starts_at, id`,
      [eventId],
    );
    return rows.map(toSession);
  }

  /** All the event's sessions, cancelled ones too, through TypeORM (the itinerary's list). */
  allOfEvent(eventId: string): Promise<Session[]> {
    return this.dataSource.manager.find(Session, {
      where: { eventId },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  findById(sessionId: string): Promise<Session | null> {
    return this.dataSource.manager.findOneBy(Session, { id: sessionId });
  }

  /** The session with its event, for the emails about it. */
  findWithEvent(sessionId: string): Promise<Session | null> {
    return this.dataSource.manager.findOne(Session, {
      where: { id: sessionId },
      relations: { event: true },
    });
  }

  /** Re-reads a session that must exist (inside the transaction that changes it). */
  findByIdOrFail(manager: EntityManager, sessionId: string): Promise<Session> {
    return manager.findOneByOrFail(Session, { id: sessionId });
  }

  create(manager: EntityManager, fields: Partial<Session>): Session {
    return manager.create(Session, fields);
  }

  save(manager: EntityManager, session: Session): Promise<Session> {
    return manager.save(session);
  }

  /**
   * A scheduled session of the event `eventId` at the same venue whose time overlaps `session`'s, other
   * than `session` itself.
   */
  findVenueClash(
    manager: EntityManager,
    eventId: string,
    session: Session,
  ): Promise<Session | null> {
    return manager
      .createQueryBuilder(Session, 's')
      .where('s.eventId = :eventId AND s.venueKey = :venueKey AND s.status = :scheduled', {
        eventId,
        venueKey: session.venueKey,
        scheduled: 'scheduled',
      })
      .andWhere('s.startsAt < :endsAt AND s.endsAt > :startsAt', {
        startsAt: session.startsAt,
        endsAt: session.endsAt,
      })
      .andWhere(session.id ? 's.id <> :id' : 'TRUE', { id: session.id })
      .getOne();
  }

  findInEvent(sessionId: string, eventId: string): Promise<Session | null> {
    return this.dataSource.manager.findOneBy(Session, { id: sessionId, eventId });
  }

  /** The zone each of these sessions starts in, by session id. */
  async zonesOf(sessionIds: string[]): Promise<Map<string, string>> {
    if (!sessionIds.length) return new Map();
    const sessions = await this.dataSource.manager.find(Session, {
      where: sessionIds.map((id) => ({ id })),
      select: { id: true, timezone: true },
    });
    return new Map(sessions.map((session) => [session.id, session.timezone]));
  }
}

function toSession(row: SessionRow): Session {
  return Object.assign(new Session(), {
    id: row.id,
    eventId: row.event_id,
    title: row.title,
    type: row.type,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timezone: row.timezone,
    endTimezone: row.end_timezone,
    venue: row.venue,
    venueKey: row.venue_key,
    mandatory: row.mandatory,
    sequence: row.sequence,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
