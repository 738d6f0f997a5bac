import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { ACTIVE_STATUSES } from '../registrations/registration-status.js';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { UserRepository } from '../accounts/index.js';
import {
  forbidden,
  invalidState,
  notFound,
  validationFailed,
  type ErrorDetail,
  decodeCursor,
  pageByUniqueColumn,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
  startOfLocalDate,
} from '../common/index.js';
import { MembershipRepository, Membership, Organization } from '../organizations/index.js';
import { EventAccessService } from './event-access.service.js';
import { RegistrationLedgerService } from '../registrations/registration-ledger.service.js';
import { quotaFor } from '../registrations/registration-rules.js';
import { Registration } from '../registrations/registration.entity.js';
import {
  DEFAULT_EVENT_REMINDER_OFFSETS,
  DEFAULT_MISSION_REMINDER_OFFSETS,
  DEFAULT_SESSION_REMINDER_OFFSETS,
} from './event-defaults.js';
import type { EventInput, EventListFilter, EventPatch } from './event-input.js';
import { EventStaff } from './event-staff.entity.js';
import { EventRepository } from './event.repository.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { Event } from './event.entity.js';
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
  ) {}

  async create(actor: User, input: EventInput): Promise<Event> {
    const organization = await this.dataSource.manager.findOneBy(Organization, {
      id: input.organizationId,
    });
    if (!organization) throw notFound('Organization');
    if ((await this.memberships.roleOf(organization.id, actor.id)) !== 'organizer') {
      throw forbidden('Only an organizer of this organization can create its events');
    }
    const event = this.dataSource.manager.create(Event, {
      ...input,
      title: input.title.trim(),
      description: input.description ?? null,
      countryQuotas: input.countryQuotas ?? {},
      defaultCountryQuota: input.defaultCountryQuota ?? null,
      registrationOpensAt: input.registrationOpensAt ?? null,
      registrationClosesAt: input.registrationClosesAt ?? null,
      itineraryVisibility: input.itineraryVisibility ?? 'participants',
      eventReminderOffsets: input.eventReminderOffsets ?? DEFAULT_EVENT_REMINDER_OFFSETS,
      sessionReminderOffsets: input.sessionReminderOffsets ?? DEFAULT_SESSION_REMINDER_OFFSETS,
      missionReminderOffsets: input.missionReminderOffsets ?? DEFAULT_MISSION_REMINDER_OFFSETS,
      status: 'draft',
    });
    assertCoherent(event);
    event.startsAt = programmeStart(event);
    return this.dataSource.manager.save(event);
  }

  async get(actor: User | null, eventId: string): Promise<Event> {
    return (await this.access.visible(actor, eventId)).event;
  }

  /**
   * Published and cancelled events for everyone, plus the drafts of organizations the actor
   * organizes and of events they staff; ordered by start date, keyset-paginated.
   */
  async list(actor: User | null, filter: EventListFilter): Promise<Page<Event>> {
    const limit = pageSize(filter);
    const query = this.dataSource.manager
      .createQueryBuilder(Event, 'event')
      .orderBy('event.startsOn', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .take(limit + 1);
    if (actor) {
      query.where(
        `(event.status <> 'draft'
          OR event.organizationId IN (${this.organizerOrganizations()})
          OR event.id IN (SELECT s.event_id FROM event_staff s WHERE s.user_id = :actorId))`,
        { actorId: actor.id },
      );
    } else {
      query.where(`event.status <> 'draft'`);
    }
    if (filter.status) query.andWhere('event.status = :status', { status: filter.status });
    if (filter.organizationId)
      query.andWhere('event.organizationId = :organizationId', {
        organizationId: filter.organizationId,
      });
    if (filter.cursor) {
      const after = decodeCursor(filter.cursor, 'date');
      query.andWhere('(event.startsOn, event.id) > (:afterKey, :afterId)', {
        afterKey: after.key,
        afterId: after.id,
      });
    }
    const page = toPage(await query.getMany(), limit, (event) => ({
      key: event.startsOn,
      id: event.id,
    }));
    return page;
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
      const saved = await manager.save(event);
      // Its first session, or midnight of a possibly new startsOn in a possibly new zone.
      await this.events.refreshProgrammeStart(manager, saved.id);
      saved.startsAt = (await manager.findOneByOrFail(Event, { id: saved.id })).startsAt;
      await this.ledger.promote(manager, saved);
      await this.ledger.saveCounters(manager, saved);
      if (JSON.stringify(REMINDER_TIMING.map((field) => saved[field])) !== timing)
        await requestReminderPlan(manager, { eventId });
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
      return manager.save(event);
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
      const active = await manager.find(Registration, {
        where: { eventId, status: In(ACTIVE_STATUSES) },
        order: { seq: 'ASC' },
      });
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
      await requestReminderPlan(manager, { eventId });
      return manager.save(event);
    });
  }

  /** The event's staff with their accounts, ordered by email. */
  async listStaff(actor: User, eventId: string, request: PageRequest): Promise<Page<EventStaff>> {
    await this.access.forTeam(actor, eventId);
    const query = this.dataSource.manager
      .createQueryBuilder(EventStaff, 'staff')
      .innerJoinAndSelect('staff.user', 'user')
      .where('staff.eventId = :eventId', { eventId });
    return pageByUniqueColumn(query, request, {
      expression: 'user.email',
      keyKind: 'text',
      keyOf: (staff) => staff.user!.email,
      idOf: (staff) => staff.userId,
    });
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
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(EventStaff)
      .values({ eventId, userId: user.id })
      .orIgnore()
      .returning('event_id')
      .execute();
    const staff = await this.dataSource.manager.findOneOrFail(EventStaff, {
      where: { eventId, userId: user.id },
      relations: { user: true },
    });
    return { staff, created: (result.raw as unknown[]).length > 0 };
  }

  async removeStaff(actor: User, eventId: string, userId: string): Promise<void> {
    await this.access.forOrganizer(actor, eventId);
    const result = await this.dataSource.manager.delete(EventStaff, { eventId, userId });
    if (!result.affected) throw notFound('Event staff member');
  }

  private organizerOrganizations(): string {
    return this.dataSource.manager
      .createQueryBuilder(Membership, 'm')
      .select('m.organization_id')
      .where(`m.user_id = :actorId AND m.role = 'organizer'`)
      .getQuery();
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
