import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Event } from '../events/index.js';
import { ReminderPlanRepository } from './reminder-plan.repository.js';
import type { ReminderAnchor } from './reminder-times.js';

/** A pickup's staff are reminded two hours ahead; its participants a day ahead (they may be flying two hours before). */
export const PICKUP_STAFF_REMINDER_OFFSET = 'PT2H';
export const PICKUP_PARTICIPANT_REMINDER_OFFSET = 'P1D';

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

  /**
   * Each pickup's meeting time in its airport's zone, twice: for its staff, and for its
   * confirmed participants, each with their own offset.
   */
  async ofPickups(manager: EntityManager, event: Event): Promise<ReminderAnchor[]> {
    const pickups = await this.rows.pickupsOf(manager, event.id);
    return pickups.flatMap((pickup) => {
      const base = {
        kind: 'pickup_reminder' as const,
        subjectId: pickup.id,
        at: new Date(pickup.meet_at),
        zone: pickup.timezone,
      };
      return [
        { ...base, offsets: [PICKUP_STAFF_REMINDER_OFFSET], recipientIds: pickup.staff_ids },
        {
          ...base,
          offsets: [PICKUP_PARTICIPANT_REMINDER_OFFSET],
          recipientIds: pickup.participant_ids,
        },
      ];
    });
  }
}
