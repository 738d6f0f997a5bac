import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Event } from '../events/index.js';
import { EventRepository } from '../events/event.repository.js';
import type { NotificationKind, Notification } from '../notifications/index.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { quotaFor, whyClosed } from './registration-rules.js';
import type { CancelledBy, RegistrationStatus } from './registration-status.js';
import type { Registration } from './registration.entity.js';
import { RegistrationRepository } from './registration.repository.js';
import { leaveRooms } from '../rooms/room-leave.js';
import { requestTeamLeave } from '../teams/team-leave-request.js';
import { requestPickupSync } from '../travel/pickup-sync-request.js';

export interface ChangeContext {
  /** Who made the change; null for the system (a promotion). */
  byUserId: string | null;
  reason?: string | null;
  cancelledBy?: CancelledBy;
}

const COUNTER: Partial<
  Record<RegistrationStatus, 'seatsTaken' | 'waitlistCount' | 'pendingCount'>
> = {
  confirmed: 'seatsTaken',
  waitlisted: 'waitlistCount',
  pending: 'pendingCount',
};

/**
 * The registration rules that touch several rows at once, always inside the caller's
 * transaction and under the event's row lock (taken by the caller): status changes with their
 * history and counters, seat and quota checks, promotion, and the emails they cause.
 */
@Injectable()
export class RegistrationLedgerService {
  constructor(
    private readonly notifications: NotificationSchedulerService,
    private readonly registrations: RegistrationRepository,
    private readonly events: EventRepository,
  ) {}

  /** Locks the event row: every change to an event's registrations takes this lock first. */
  lockEvent(manager: EntityManager, eventId: string): Promise<Event | null> {
    return this.events.lockForUpdate(manager, eventId);
  }

  confirmedOf(manager: EntityManager, eventId: string, nationality: string): Promise<number> {
    return this.registrations.confirmedOf(manager, eventId, nationality);
  }

  /** Confirmed registrations per nationality. */
  confirmedByCountry(manager: EntityManager, eventId: string): Promise<Map<string, number>> {
    return this.registrations.confirmedByCountry(manager, eventId);
  }

  /** A free seat and room in the nationality's quota. */
  async hasRoom(manager: EntityManager, event: Event, nationality: string): Promise<boolean> {
    if (event.seatsTaken >= event.capacity) return false;
    const quota = quotaFor(event, nationality);
    return quota === null || (await this.confirmedOf(manager, event.id, nationality)) < quota;
  }

  /** Moves a registration to `to`, keeping the event's counters and the history. */
  async transition(
    manager: EntityManager,
    event: Event,
    registration: Registration,
    to: RegistrationStatus,
    context: ChangeContext,
  ): Promise<void> {
    const from = registration.status;
    const now = new Date();
    if (COUNTER[from]) event[COUNTER[from]] -= 1;
    if (COUNTER[to]) event[COUNTER[to]] += 1;
    registration.status = to;
    if (to === 'waitlisted') registration.waitlistedAt = now;
    if (to === 'confirmed') registration.confirmedAt = now;
    if (to === 'cancelled') registration.cancelledBy = context.cancelledBy ?? null;
    await this.registrations.saveStatus(manager, registration);
    await this.record(manager, registration.id, from, to, context);
    // Reminders follow the person in and out of the confirmed list (a cancelled event re-plans
    // all of its reminders at once instead).
    if ((from === 'confirmed' || to === 'confirmed') && event.status !== 'cancelled')
      await requestReminderPlan(manager, { eventId: event.id, userId: registration.userId });
    // Someone no longer confirmed leaves their team, through the teams feature's worker job (a
    // cancelled event sends one job for all of its people instead: see EventService.cancel).
    if (from === 'confirmed' && to !== 'confirmed' && event.status !== 'cancelled')
      await requestTeamLeave(manager, [registration.id]);
    // ... and their room at once, in this transaction (a rooming list must not name them).
    if (from === 'confirmed' && to !== 'confirmed') await leaveRooms(manager, [registration.id]);
    // Who leaves the confirmed list leaves their pickup; who joins it is grouped (if they gave a flight).
    if ((from === 'confirmed') !== (to === 'confirmed') && event.status !== 'cancelled')
      await requestPickupSync(manager, event.id, [registration.id]);
  }

  /** A new registration: counts it on the event and opens its history. */
  async recordCreation(
    manager: EntityManager,
    event: Event,
    registration: Registration,
    byUserId: string,
  ): Promise<void> {
    const counter = COUNTER[registration.status];
    if (counter) event[counter] += 1;
    await this.saveCounters(manager, event);
    await this.record(manager, registration.id, null, registration.status, {
      byUserId,
      reason: 'registered',
    });
    if (registration.status === 'confirmed')
      await requestReminderPlan(manager, { eventId: event.id, userId: registration.userId });
  }

  async record(
    manager: EntityManager,
    registrationId: string,
    from: RegistrationStatus | null,
    to: RegistrationStatus,
    context: ChangeContext,
  ) {
    await this.registrations.recordChange(manager, {
      registrationId,
      fromStatus: from,
      toStatus: to,
      byUserId: context.byUserId,
      reason: context.reason ?? null,
    });
  }

  saveCounters(manager: EntityManager, event: Event): Promise<void> {
    return this.events.saveCounters(manager, event);
  }

  /**
   * Gives free seats to the waiting list while the window is open: each time to the earliest
   * waitlisted registration whose nationality is below its quota, until no seat or no such
   * registration is left. Emails each promoted person.
   */
  async promote(manager: EntityManager, event: Event, now = new Date()): Promise<Registration[]> {
    const promoted: Registration[] = [];
    if (whyClosed(event, now)) return promoted;
    while (event.seatsTaken < event.capacity) {
      const next = await this.registrations.nextPromotable(manager, event);
      if (!next) break;
      await this.transition(manager, event, next, 'confirmed', {
        byUserId: null,
        reason: 'a seat became free',
      });
      await this.notifyParticipant(manager, next, 'registration_promoted');
      promoted.push(next);
    }
    return promoted;
  }

  notifyParticipant(
    manager: EntityManager,
    registration: Registration,
    kind: NotificationKind,
    data?: Notification['data'],
  ) {
    return this.notifications.schedule(manager, {
      kind,
      subjectId: registration.id,
      recipientId: registration.userId,
      eventId: registration.eventId,
      data,
    });
  }

  /** "The event was cancelled", keyed on the event: one per registrant. */
  notifyEventCancelled(manager: EntityManager, registration: Registration) {
    return this.notifications.schedule(manager, {
      kind: 'event_cancelled',
      subjectId: registration.eventId,
      recipientId: registration.userId,
      eventId: registration.eventId,
    });
  }

  /** One email per staff member of the event. */
  async notifyStaff(
    manager: EntityManager,
    eventId: string,
    kind: NotificationKind,
    subjectId: string,
    data?: Notification['data'],
  ) {
    await this.notifications.scheduleForEach(
      manager,
      { kind, subjectId, eventId, data },
      await this.events.staffIds(manager, eventId),
    );
  }
}
