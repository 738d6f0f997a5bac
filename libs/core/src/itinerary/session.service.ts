import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { invalidState, notFound, validationFailed } from '../common/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { Event } from '../events/index.js';
import { EventRepository } from '../events/event.repository.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import { ItineraryAccessService } from './itinerary-access.service.js';
import { outsideEventDates, venueConflict } from './itinerary.errors.js';
import { localTime, venueKey } from './local-time.js';
import type { SessionInput, SessionPatch } from './session-input.js';
import type { Session } from './session.entity.js';
import { SessionRepository } from './session.repository.js';

const MOVING_FIELDS = ['startsAt', 'endsAt', 'timezone', 'endTimezone', 'venue'] as const;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly itineraryAccess: ItineraryAccessService,
    private readonly notifications: NotificationSchedulerService,
    private readonly sessions: SessionRepository,
    private readonly events: EventRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  async create(actor: User, eventId: string, input: SessionInput): Promise<Session> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId, manager);
      if (event.status === 'cancelled') throw invalidState('A cancelled event cannot be changed');
      const session = this.sessions.create(manager, {
        ...input,
        eventId,
        title: input.title.trim(),
        description: input.description ?? null,
        endTimezone: input.endTimezone ?? input.timezone,
        venue: input.venue ?? null,
        venueKey: venueKey(input.venue),
        mandatory: input.mandatory ?? false,
        sequence: 0,
        status: 'scheduled',
      });
      await this.assertPlaceable(manager, event, session);
      const saved = await this.sessions.save(manager, session);
      await requestReminderPlan(manager, { eventId, sessionId: saved.id });
      await this.events.refreshProgrammeStart(manager, eventId);
      return saved;
    });
  }

  /** Sessions of the event for those who may see its itinerary (cancelled ones too, marked so). */
  async list(actor: User | null, eventId: string): Promise<Session[]> {
    await this.itineraryAccess.assertCanSee(actor, eventId);
    return this.sessions.allOfEvent(eventId);
  }

  async get(actor: User | null, sessionId: string): Promise<Session> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw notFound('Session');
    await this.itineraryAccess.assertCanSee(actor, session.eventId).catch(() => {
      throw notFound('Session');
    });
    return session;
  }

  /**
   * A partial change. A change of time, zone or venue is a move: each confirmed participant is
   * emailed once with the old and new local times. Every change raises `sequence`.
   */
  async update(actor: User, sessionId: string, patch: SessionPatch): Promise<Session> {
    const { eventId } = await this.get(actor, sessionId);
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId, manager);
      if (event.status === 'cancelled') throw invalidState('A cancelled event cannot be changed');
      const session = await this.sessions.findByIdOrFail(manager, sessionId);
      if (session.status === 'cancelled')
        throw invalidState('A cancelled session cannot be changed');
      const before = { ...session };
      Object.assign(session, patch);
      if (patch.title !== undefined) session.title = patch.title.trim();
      if (
        patch.timezone !== undefined &&
        patch.endTimezone === undefined &&
        before.endTimezone === before.timezone
      ) {
        session.endTimezone = patch.timezone;
      }
      if (patch.endTimezone === null) session.endTimezone = session.timezone;
      if (patch.venue !== undefined) session.venueKey = venueKey(patch.venue);
      if (session.endsAt <= session.startsAt) {
        throw validationFailed([
          {
            field: 'endsAt',
            constraint: 'afterStartsAt',
            message: 'endsAt must be after startsAt',
          },
        ]);
      }
      await this.assertPlaceable(manager, event, session);
      session.sequence = before.sequence + 1;
      const saved = await this.sessions.save(manager, session);
      const moved = MOVING_FIELDS.some(
        (field) => JSON.stringify(before[field]) !== JSON.stringify(session[field]),
      );
      // The re-plan first: it reaches the queue ahead of the change emails.
      if (moved) await requestReminderPlan(manager, { eventId, sessionId: saved.id });
      if (moved && event.status === 'published') {
        await this.tellParticipants(manager, event, saved, 'session_changed', {
          oldStartsAt: before.startsAt.toISOString(),
          oldEndsAt: before.endsAt.toISOString(),
          oldTimezone: before.timezone,
          oldEndTimezone: before.endTimezone,
          oldVenue: before.venue ? `${before.venue.name}, ${before.venue.city}` : null,
          sequence: saved.sequence,
        });
      }
      await this.events.refreshProgrammeStart(manager, eventId);
      return saved;
    });
  }

  /** Keeps the session as `cancelled` (calendars show it so) and tells its participants. */
  async cancel(actor: User, sessionId: string): Promise<void> {
    const { eventId } = await this.get(actor, sessionId);
    await inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId, manager);
      if (event.status === 'cancelled') throw invalidState('A cancelled event cannot be changed');
      const session = await this.sessions.findByIdOrFail(manager, sessionId);
      if (session.status === 'cancelled') throw invalidState('This session is already cancelled');
      session.status = 'cancelled';
      session.sequence += 1;
      await this.sessions.save(manager, session);
      await requestReminderPlan(manager, { eventId, sessionId });
      if (event.status === 'published')
        await this.tellParticipants(manager, event, session, 'session_cancelled', {
          sequence: session.sequence,
        });
      await this.events.refreshProgrammeStart(manager, eventId);
    });
  }

  /** Within the event's local dates, and not overlapping another session at the same venue. */
  private async assertPlaceable(
    manager: EntityManager,
    event: Event,
    session: Session,
  ): Promise<void> {
    const startDate = localTime(session.startsAt, session.timezone).date;
    const endDate = localTime(session.endsAt, session.endTimezone).date;
    if (startDate < event.startsOn || endDate > event.endsOn) {
      throw outsideEventDates(
        `The session runs ${startDate} (${session.timezone}) to ${endDate} (${session.endTimezone}), outside the event's ${event.startsOn} to ${event.endsOn}`,
      );
    }
    if (!session.venueKey) return;
    const clash = await this.sessions.findVenueClash(manager, event.id, session);
    if (clash) throw venueConflict(clash.title);
  }

  /** One email per confirmed participant of the event. */
  private async tellParticipants(
    manager: EntityManager,
    event: Event,
    session: Session,
    kind: 'session_changed' | 'session_cancelled',
    data: Record<string, string | number | null>,
  ): Promise<void> {
    await this.notifications.scheduleForEach(
      manager,
      { kind, subjectId: session.id, eventId: event.id, data },
      await this.registrations.confirmedUserIds(manager, event.id),
    );
  }
}
