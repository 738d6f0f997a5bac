import { Injectable } from '@nestjs/common';
import type { User } from '../accounts/index.js';
import { forbidden } from '../common/index.js';
import type { Event } from '../events/index.js';
import { ItineraryAccessService } from './itinerary-access.service.js';
import { localTime } from './local-time.js';
import type { Session } from './session.entity.js';
import { SessionRepository } from './session.repository.js';

export interface ItineraryDay {
  /** A local calendar date where the day's sessions happen. */
  date: string;
  /** The zone of the day's first session. */
  timezone: string;
  sessions: Session[];
}

export interface ItineraryWarning {
  code: 'MANDATORY_OVERLAP';
  sessionIds: string[];
}

export interface Itinerary {
  event: Event;
  days: ItineraryDay[];
  warnings: ItineraryWarning[];
}

/**
 * Groups scheduled sessions by the local date on which each starts, in its own zone: a day in
 * Hanoi is a Hanoi day even when the event's home zone is Seoul.
 */
export function groupByLocalDay(sessions: Session[]): ItineraryDay[] {
  const days = new Map<string, ItineraryDay>();
  const ordered = sessions
    .filter((session) => session.status === 'scheduled')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const session of ordered) {
    const date = localTime(session.startsAt, session.timezone).date;
    const day = days.get(date) ?? { date, timezone: session.timezone, sessions: [] };
    day.sessions.push(session);
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Mandatory sessions that overlap in time: a participant cannot attend both. */
export function mandatoryOverlaps(sessions: Session[]): ItineraryWarning[] {
  const mandatory = sessions.filter(
    (session) => session.mandatory && session.status === 'scheduled',
  );
  const warnings: ItineraryWarning[] = [];
  for (let i = 0; i < mandatory.length; i += 1) {
    for (let j = i + 1; j < mandatory.length; j += 1) {
      const [a, b] = [mandatory[i]!, mandatory[j]!];
      if (a.startsAt < b.endsAt && b.startsAt < a.endsAt)
        warnings.push({ code: 'MANDATORY_OVERLAP', sessionIds: [a.id, b.id] });
    }
  }
  return warnings;
}

@Injectable()
export class ItineraryService {
  constructor(
    private readonly access: ItineraryAccessService,
    private readonly sessions: SessionRepository,
  ) {}

  async forEvent(actor: User | null, eventId: string): Promise<Itinerary> {
    return this.of(await this.readableEvent(actor, eventId));
  }

  /** The itinerary of an event the actor is a confirmed participant of. */
  async forParticipant(actor: User, eventId: string): Promise<Itinerary> {
    return this.of(await this.participantEvent(actor, eventId));
  }

  /** The event, when the actor may read its itinerary (else 404): the authorization alone. */
  async readableEvent(actor: User | null, eventId: string): Promise<Event> {
    return (await this.access.assertCanSee(actor, eventId)).event;
  }

  /** The event, when the actor is its confirmed participant (404 or 403 otherwise). */
  async participantEvent(actor: User, eventId: string): Promise<Event> {
    const { event } = await this.access.assertCanSee(actor, eventId);
    if (!(await this.access.isConfirmed(actor.id, eventId)))
      throw forbidden('Only confirmed participants have a personal itinerary');
    return event;
  }

  /** The itinerary of an event whose reader was checked (readableEvent, participantEvent). */
  of(event: Event): Promise<Itinerary> {
    return this.build(event);
  }

  /** Every session, cancelled ones included, for calendar feeds. */
  allSessions(eventId: string): Promise<Session[]> {
    return this.sessions.forEvent(eventId, false);
  }

  private async build(event: Event): Promise<Itinerary> {
    const sessions = await this.sessions.forEvent(event.id, true);
    return { event, days: groupByLocalDay(sessions), warnings: mandatoryOverlaps(sessions) };
  }
}
