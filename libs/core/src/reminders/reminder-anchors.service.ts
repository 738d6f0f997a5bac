import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Event } from '../events/index.js';
import { ReminderPlanRepository } from './reminder-plan.repository.js';
import type { ReminderAnchor } from './reminder-times.js';

/**
 * Reads what reminders announce, for planning: the event's programme start (in the zone of its
 * first session), each scheduled session's start, each mission's due time (in its session's
 * zone, or the event's). Cancelled sessions announce nothing. (When a reminder fires,
 * `ReminderContextRepository` reads the same in one query.)
 */
@Injectable()
export class ReminderAnchorsService {
  constructor(private readonly rows: ReminderPlanRepository) {}

  async ofEvent(manager: EntityManager, event: Event): Promise<ReminderAnchor> {
    const firstZone = await this.rows.firstScheduledSessionZone(manager, event.id);
    return {
      kind: 'event_reminder',
      subjectId: event.id,
      at: event.startsAt,
      zone: firstZone ?? event.timezone,
      offsets: event.eventReminderOffsets,
    };
  }

  async ofSessions(
    manager: EntityManager,
    event: Event,
    sessionId?: string,
  ): Promise<ReminderAnchor[]> {
    const sessions = await this.rows.scheduledSessions(manager, event.id, sessionId);
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
    const missions = await this.rows.missionsDue(manager, event.id, missionId ?? null);
    return missions.map((mission) => ({
      kind: 'mission_reminder',
      subjectId: mission.id,
      at: new Date(mission.due_at),
      zone: mission.zone ?? event.timezone,
      offsets: event.missionReminderOffsets,
    }));
  }
}
