import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { UserRepository } from '../accounts/index.js';
import {
  forbidden,
  invalidState,
  notFound,
  validationFailed,
  type ErrorDetail,
  type Page,
  type PageRequest,
  startOfLocalDate,
} from '../common/index.js';
import { MembershipRepository, OrganizationRepository } from '../organizations/index.js';
import { EventAccessService } from './event-access.service.js';
import { RegistrationLedgerService } from '../registrations/registration-ledger.service.js';
import { quotaFor } from '../registrations/registration-rules.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import {
  DEFAULT_EVENT_REMINDER_OFFSETS,
  DEFAULT_MISSION_REMINDER_OFFSETS,
  DEFAULT_SESSION_REMINDER_OFFSETS,
} from './event-defaults.js';
import type { EventInput, EventListFilter, EventPatch } from './event-input.js';
import type { EventStaff } from './event-staff.entity.js';
import { EventRepository } from './event.repository.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { requestTeamLeave } from '../teams/team-leave-request.js';
import type { Event } from './event.entity.js';
import { capacityBelowConfirmed, notAMember, quotaBelowConfirmed } from './events.errors.js';

@Injectable()
export class EventService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly ledger: RegistrationLedgerService,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
    private readonly events: EventRepository,
    private readonly organizations: OrganizationRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  async create(actor: User, input: EventInput): Promise<Event> {
    const organization = await this.organizations.findById(input.organizationId);
    if (!organization) throw notFound('Organization');
    if ((await this.memberships.roleOf(organization.id, actor.id)) !== 'organizer') {
      throw forbidden('Only an organizer of this organization can create its events');
    }
    const event = this.events.build({
      ...input,
      title: input.title.trim(),
      description: input.description ?? null,
      countryQuotas: input.countryQuotas ?? {},
      defaultCountryQuota: input.defaultCountryQuota ?? null,
      registrationOpensAt: input.registrationOpensAt ?? null,
      registrationClosesAt: input.registrationClosesAt ?? null,
      itineraryVisibility: input.itineraryVisibility ?? 'participants',
      requireVerifiedEmail: input.requireVerifiedEmail ?? false,
      letterSignatory: input.letterSignatory ?? null,
      letterCostsCoveredBy: input.letterCostsCoveredBy ?? null,
      eventReminderOffsets: input.eventReminderOffsets ?? DEFAULT_EVENT_REMINDER_OFFSETS,
      sessionReminderOffsets: input.sessionReminderOffsets ?? DEFAULT_SESSION_REMINDER_OFFSETS,
      missionReminderOffsets: input.missionReminderOffsets ?? DEFAULT_MISSION_REMINDER_OFFSETS,
      status: 'draft',
    });
    assertCoherent(event);
    event.startsAt = programmeStart(event);
    return this.events.save(event);
  }

  async get(actor: User | null, eventId: string): Promise<Event> {
    return (await this.access.visible(actor, eventId)).event;
  }

  /**
   * Published and cancelled events for everyone, plus the drafts of organizations the actor
   * organizes and of events they staff; ordered by start date, keyset-paginated.
   */
  async list(actor: User | null, filter: EventListFilter): Promise<Page<Event>> {
    return this.events.pageVisible(actor?.id ?? null, filter);
  }

  /**
   * A partial change under the event's lock. Capacity and quotas may not drop below what is
   * confirmed; raising them promotes from the waiting list in the same transaction.
   */
  async update(actor: User, eventId: string, patch: EventPatch): Promise<Event> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId, manager);
      if (event.status === 'cancelled') throw invalidState('A cancelled event cannot be changed');
      if (patch.capacity !== undefined && patch.capacity < event.seatsTaken) {
        throw capacityBelowConfirmed(event.seatsTaken);
      }
      if (patch.title !== undefined) patch.title = patch.title.trim();
      const timing = JSON.stringify(REMINDER_TIMING.map((field) => event[field]));
      Object.assign(event, patch);
      assertCoherent(event);
      if (patch.countryQuotas !== undefined || patch.defaultCountryQuota !== undefined) {
        for (const [country, confirmed] of await this.ledger.confirmedByCountry(
          manager,
          event.id,
        )) {
          const quota = quotaFor(event, country);
          if (quota !== null && confirmed > quota) throw quotaBelowConfirmed(country, confirmed);
        }
      }
      const saved = await this.events.save(event, manager);
      // Its first session, or midnight of a possibly new startsOn in a possibly new zone.
      await this.events.refreshProgrammeStart(manager, saved.id);
      saved.startsAt = (await this.events.findByIdOrFail(saved.id, manager)).startsAt;
      await this.ledger.promote(manager, saved);
      await this.ledger.saveCounters(manager, saved);
      if (JSON.stringify(REMINDER_TIMING.map((field) => saved[field])) !== timing) {
        await requestReminderPlan(manager, { eventId });
        await this.events.markRemindersChanged(manager, eventId);
      }
      return saved;
    });
  }

  publish(actor: User, eventId: string): Promise<Event> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId, manager);
      if (event.status !== 'draft')
        throw invalidState(`Only a draft can be published; this event is ${event.status}`);
      event.status = 'published';
      event.publishedAt = new Date();
      await requestReminderPlan(manager, { eventId });
      const saved = await this.events.save(event, manager);
      await this.events.markRemindersChanged(manager, eventId);
      return saved;
    });
  }

  /**
   * Cancels the event and, in the same transaction, every active registration (cancelledBy
   * "event", no promotion): one email to each registrant and one summary to each staff member.
   */
  async cancel(actor: User, eventId: string): Promise<Event> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.access.forOrganizer(actor, eventId, manager);
      if (event.status === 'cancelled') throw invalidState('This event is already cancelled');
      event.status = 'cancelled';
      event.cancelledAt = new Date();
      const active = await this.registrations.activeForEvent(manager, eventId);
      for (const registration of active) {
        await this.ledger.transition(manager, event, registration, 'cancelled', {
          byUserId: actor.id,
          reason: 'the event was cancelled',
          cancelledBy: 'event',
        });
        await this.ledger.notifyEventCancelled(manager, registration);
      }
      await this.ledger.notifyStaff(manager, event.id, 'staff_event_cancelled', event.id, {
        cancelledRegistrations: active.length,
      });
      // One request for everyone's team places, not one job per person ahead of the re-plan.
      await requestTeamLeave(
        manager,
        active.map((registration) => registration.id),
      );
      await requestReminderPlan(manager, { eventId });
      const saved = await this.events.save(event, manager);
      await this.events.markRemindersChanged(manager, eventId);
      return saved;
    });
  }

  /** The event's staff with their accounts, ordered by email. */
  async listStaff(actor: User, eventId: string, request: PageRequest): Promise<Page<EventStaff>> {
    await this.access.forTeam(actor, eventId);
    return this.events.pageStaff(eventId, request);
  }

  /** Adds a member of the organization as event staff; `created` is false if they already were. */
  async addStaff(
    actor: User,
    eventId: string,
    email: string,
  ): Promise<{ staff: EventStaff; created: boolean }> {
    const event = await this.access.forOrganizer(actor, eventId);
    const user = await this.users.findByEmail(email);
    if (!user || !(await this.memberships.roleOf(event.organizationId, user.id)))
      throw notAMember();
    return this.events.addStaff(eventId, user.id);
  }

  async removeStaff(actor: User, eventId: string, userId: string): Promise<void> {
    await this.access.forOrganizer(actor, eventId);
    if (!(await this.events.removeStaff(eventId, userId))) throw notFound('Event staff member');
  }
}

/** Fields whose change moves an event's reminders (the programme start or the offsets). */
const REMINDER_TIMING = [
  'startsAt',
  'eventReminderOffsets',
  'sessionReminderOffsets',
  'missionReminderOffsets',
] as const;

/** The event's start while it has no sessions: midnight of its first local date. */
function programmeStart(event: Event): Date {
  return startOfLocalDate(event.startsOn, event.timezone);
}

/** Cross-field rules that hold whatever the route: dates in order, the window in order. */
function assertCoherent(event: Event): void {
  const problems: ErrorDetail[] = [];
  if (event.endsOn < event.startsOn) {
    problems.push({
      field: 'endsOn',
      constraint: 'onOrAfterStartsOn',
      message: 'endsOn must be on or after startsOn',
    });
  }
  if (
    event.registrationOpensAt &&
    event.registrationClosesAt &&
    event.registrationClosesAt <= event.registrationOpensAt
  ) {
    problems.push({
      field: 'registrationClosesAt',
      constraint: 'afterRegistrationOpensAt',
      message: 'registrationClosesAt must be after registrationOpensAt',
    });
  }
  if (problems.length) throw validationFailed(problems);
}
