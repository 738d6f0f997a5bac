import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Event } from '../events/event.entity.js';
import { Session } from '../itinerary/session.entity.js';
import { Mission } from '../teams/mission.entity.js';
import type { ReminderAnchor, ReminderKind } from './reminder-times.js';

/** An anchor with the rows it was read from, for the email that announces it. */
export interface AnchorFound {
  anchor: ReminderAnchor;
  session: Session | null;
  mission: Mission | null;
}

/**
 * Reads what reminders announce from PostgreSQL: the event's programme start (in the zone of
 * its first session), each scheduled session's start, each mission's due time (in its
 * session's zone, or the event's). Cancelled sessions announce nothing.
 */
@Injectable()
export class ReminderAnchors {
  /** The event's programme start; the first scheduled session tells where it happens. */
  async ofEvent(manager: EntityManager, event: Event): Promise<AnchorFound> {
    const first = await manager.findOne(Session, {
      where: { eventId: event.id, status: 'scheduled' },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    return {
      anchor: {
        kind: 'event_reminder',
        subjectId: event.id,
        at: event.startsAt,
        zone: first?.timezone ?? event.timezone,
        offsets: event.eventReminderOffsets,
      },
      session: first,
      mission: null,
    };
  }

  async ofSessions(
    manager: EntityManager,
    event: Event,
    sessionId?: string,
  ): Promise<AnchorFound[]> {
    const sessions = await manager.find(Session, {
      where: { eventId: event.id, status: 'scheduled', ...(sessionId ? { id: sessionId } : {}) },
    });
    return sessions.map((session) => ({
      anchor: {
        kind: 'session_reminder',
        subjectId: session.id,
        at: session.startsAt,
        zone: session.timezone,
        offsets: event.sessionReminderOffsets,
      },
      session,
      mission: null,
    }));
  }

  async ofMissions(
    manager: EntityManager,
    event: Event,
    missionId?: string,
  ): Promise<AnchorFound[]> {
    const missions = await manager.find(Mission, {
      where: { eventId: event.id, ...(missionId ? { id: missionId } : {}) },
    });
    const sessionIds = missions.flatMap((mission) =>
      mission.sessionId ? [mission.sessionId] : [],
    );
    const zones = new Map(
      sessionIds.length
        ? (
            await manager
              .createQueryBuilder(Session, 's')
              .select(['s.id', 's.timezone'])
              .where('s.id IN (:...sessionIds)', { sessionIds })
              .getMany()
          ).map((session) => [session.id, session.timezone])
        : [],
    );
    return missions.map((mission) => ({
      anchor: {
        kind: 'mission_reminder',
        subjectId: mission.id,
        at: mission.dueAt,
        zone: (mission.sessionId && zones.get(mission.sessionId)) || event.timezone,
        offsets: event.missionReminderOffsets,
      },
      session: null,
      mission,
    }));
  }

  /** The anchor a reminder of `kind` about `subjectId` announces now, or null if it is gone. */
  async of(
    manager: EntityManager,
    event: Event,
    kind: ReminderKind,
    subjectId: string,
  ): Promise<AnchorFound | null> {
    switch (kind) {
      case 'event_reminder':
        return subjectId === event.id ? this.ofEvent(manager, event) : null;
      case 'session_reminder':
        return (await this.ofSessions(manager, event, subjectId))[0] ?? null;
      case 'mission_reminder':
        return (await this.ofMissions(manager, event, subjectId))[0] ?? null;
    }
  }
}
