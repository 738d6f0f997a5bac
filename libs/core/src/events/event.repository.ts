import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  decodeCursor,
  pageByUniqueColumn,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from '../common/index.js';
import { Membership } from '../organizations/index.js';
import { EventStaff } from './event-staff.entity.js';
import type { EventListFilter } from './event-input.js';
import { Event } from './event.entity.js';

/**
 * The SQL of the event aggregate: the rows and the list a person may see, the row lock every
 * registration change takes first, the counters, the programme start, the staff.
 */
@Injectable()
export class EventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new event, not saved yet. */
  build(fields: Partial<Event>): Event {
    return this.dataSource.manager.create(Event, fields);
  }

  save(event: Event, manager: EntityManager = this.dataSource.manager): Promise<Event> {
    return manager.save(event);
  }

  /**
   * Published and cancelled events, plus (when `actorId` is given) the drafts of organizations
   * they organize and of events they staff; ordered by start date, keyset-paginated.
   */
  async pageVisible(actorId: string | null, filter: EventListFilter): Promise<Page<Event>> {
    const limit = pageSize(filter);
    const query = this.dataSource.manager
      .createQueryBuilder(Event, 'event')
      .orderBy('event.startsOn', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .take(limit + 1);
    if (actorId !== null) {
      query.where(
        `(event.status <> 'draft'
          OR event.organizationId IN (${this.organizerOrganizations()})
          OR event.id IN (SELECT s.event_id FROM event_staff s WHERE s.user_id = :actorId))`,
        { actorId },
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

  private organizerOrganizations(): string {
    return this.dataSource.manager
      .createQueryBuilder(Membership, 'm')
      .select('m.organization_id')
      .where(`m.user_id = :actorId AND m.role = 'organizer'`)
      .getQuery();
  }

  findById(eventId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(Event, { id: eventId });
  }

  findByIdOrFail(eventId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneByOrFail(Event, { id: eventId });
  }

  /** Locks the event row (`SELECT … FOR UPDATE`) until the transaction ends. */
  lockForUpdate(manager: EntityManager, eventId: string): Promise<Event | null> {
    return manager.findOne(Event, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Sets the event's `startsAt` to its first scheduled session's start, or midnight of
   * `startsOn` in its zone when it has none. Called in the transaction of every change that can
   * move it, so reads never compute it. The itinerary calls it inside its own transactions on
   * purpose, not through the outbox: registration closes at `startsAt` when no closing time is
   * set, so it must never disagree with the committed sessions.
   */
  async refreshProgrammeStart(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(
      `UPDATE events e SET starts_at = COALESCE(
          (SELECT min(s.starts_at) FROM sessions s WHERE s.event_id = e.id AND s.status = 'scheduled'),
          (e.starts_on::timestamp AT TIME ZONE e.timezone))
        WHERE e.id = $1`,
      [eventId],
    );
  }

  /**
   * Stamps the event as changed in a way its reminders follow, in the change's transaction, so
   * the reconciliation re-plans it even if the plan request is lost on its way to the worker.
   */
  async markRemindersChanged(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(`UPDATE events SET reminders_changed_at = now() WHERE id = $1`, [eventId]);
  }

  async saveCounters(manager: EntityManager, event: Event): Promise<void> {
    await manager.update(
      Event,
      { id: event.id },
      {
        seatsTaken: event.seatsTaken,
        waitlistCount: event.waitlistCount,
        pendingCount: event.pendingCount,
      },
    );
  }

  /** The event's staff with their accounts, ordered by email. */
  pageStaff(eventId: string, request: PageRequest): Promise<Page<EventStaff>> {
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

  /** Adds the person as staff (if they were not) and reads the assignment with their account. */
  async addStaff(
    eventId: string,
    userId: string,
  ): Promise<{ staff: EventStaff; created: boolean }> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(EventStaff)
      .values({ eventId, userId })
      .orIgnore()
      .returning('event_id')
      .execute();
    const staff = await this.dataSource.manager.findOneOrFail(EventStaff, {
      where: { eventId, userId },
      relations: { user: true },
    });
    return { staff, created: (result.raw as unknown[]).length > 0 };
  }

  /** Returns whether there was such a staff member. */
  async removeStaff(eventId: string, userId: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(EventStaff, { eventId, userId });
    return Boolean(result.affected);
  }

  isStaff(eventId: string, userId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(EventStaff, { eventId, userId });
  }

  async staffIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const staff = await manager.find(EventStaff, { where: { eventId }, select: { userId: true } });
    return staff.map((member) => member.userId);
  }
}
