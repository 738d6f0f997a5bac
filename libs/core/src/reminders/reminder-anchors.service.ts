import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Event } from '../events/index.js';
import { Session } from '../itinerary/session.entity.js';
import type { ReminderAnchor } from './reminder-times.js';

/**
 * Reads what reminders announce, for planning: the event's programme start (in the zone of its
 * first session), each scheduled session's start, each mission's due time (in its session's
 * zone, or the event's). Cancelled sessions announce nothing. (When a reminder fires,
 * `readReminderContext` reads the same in one query.)
 */
@Injectable()
export class ReminderAnchorsService {
  async ofEvent(manager: EntityManager, event: Event): Promise<ReminderAnchor> {
    const first = await manager.findOne(Session, {
      where: { eventId: event.id, status: 'scheduled' },
      order: { startsAt: 'ASC', id: 'ASC' },
      select: { id: true, timezone: true },
    });
    return {
      kind: 'event_reminder',
      subjectId: event.id,
      at: event.startsAt,
      zone: first?.timezone ?? event.timezone,
      offsets: event.eventReminderOffsets,
    };
  }

  async ofSessions(
    manager: EntityManager,
    event: Event,
    sessionId?: string,
  ): Promise<ReminderAnchor[]> {
    const sessions = await manager.find(Session, {
      where: { eventId: event.id, status: 'scheduled', ...(sessionId ? { id: sessionId } : {}) },
      select: { id: true, startsAt: true, timezone: true },
    });
    return sessions.map((session) => ({
      kind: 'session_reminder',
      subjectId: session.id,
      at: session.startsAt,
      zone: session.timezone,
      offsets: event.sessionReminderOffsets,
    }));
  }

  async ofMissions(
    manager: EntityManager,
    event: Event,
    missionId?: string,
  ): Promise<ReminderAnchor[]> {
    const missions: { id: string; due_at: Date; zone: string | null }[] = await manager.query(
      `SELECT m.id, m.due_at, s.timezone AS zone
         FROM missions m LEFT JOIN sessions s ON s.id = m.session_id
        WHERE m.event_id = $1 AND ($2::uuid IS NULL OR m.id = $2)`,
      [event.id, missionId ?? null],
    );
    return missions.map((mission) => ({
      kind: 'mission_reminder',
      subjectId: mission.id,
      at: new Date(mission.due_at),
      zone: mission.zone ?? event.timezone,
      offsets: event.missionReminderOffsets,
    }));
  }
}
