import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EntityRows, preparedQuery } from '#db/index.js';
import type { User } from '../accounts/index.js';
import { forbidden, notFound } from '../common/index.js';
import { Membership } from '../organizations/index.js';
import { EventStaff } from './event-staff.entity.js';
import { Event } from './event.entity.js';

/** What the caller is to one event, read from the database on every request. */
export interface EventAccess {
  event: Event;
  isOrganizer: boolean;
  isEventStaff: boolean;
}

/**
 * The Visibility rules: a draft exists only for its organization's organizers and the event's
 * staff (404 for anyone else); published and cancelled events are seen by all; changing one is
 * for organizers of its organization (403 for others who can see it).
 */
@Injectable()
export class EventAccessService {
  private readonly rows: EntityRows<Event>;
  private readonly accessSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.rows = new EntityRows(dataSource, Event, 'e');
    this.accessSql = `SELECT ${this.rows.selectList},
        (SELECT m.role FROM memberships m WHERE m.organization_id = e.organization_id AND m.user_id = $2) AS "accessRole",
        EXISTS (SELECT 1 FROM event_staff s WHERE s.event_id = e.id AND s.user_id = $2) AS "accessStaff"
      FROM events e WHERE e.id = $1`;
  }

  async visible(
    actor: User | null,
    eventId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<EventAccess> {
    if (!manager && !lock) return this.read(actor, eventId);
    const db = manager ?? this.dataSource.manager;
    const event = await db.findOne(Event, {
      where: { id: eventId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!event) throw notFound('Event');
    const access = await this.rolesOn(db, actor, event);
    if (event.status === 'draft' && !access.isOrganizer && !access.isEventStaff)
      throw notFound('Event');
    return access;
  }

  /** Loads the event for a change by an organizer, locking its row when a manager is given. */
  async forOrganizer(actor: User, eventId: string, manager?: EntityManager): Promise<Event> {
    const access = await this.visible(actor, eventId, manager, manager !== undefined);
    if (!access.isOrganizer)
      throw forbidden('Only an organizer of this event’s organization can do this');
    return access.event;
  }

  /** Loads the event for its organizers and staff (registrations, notifications); 403 for other viewers. */
  async forTeam(actor: User, eventId: string): Promise<EventAccess> {
    const access = await this.visible(actor, eventId);
    if (!access.isOrganizer && !access.isEventStaff)
      throw forbidden('Only this event’s organizers and staff can do this');
    return access;
  }

  /**
   * `visible` outside a transaction, as most reads are: the event and the caller's roles on it
   * in one prepared statement, instead of three queries through TypeORM.
   */
  private async read(actor: User | null, eventId: string): Promise<EventAccess> {
    const [row] = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'gofar_event_access',
      this.accessSql,
      [eventId, actor?.id ?? null],
    );
    if (!row) throw notFound('Event');
    const access: EventAccess = {
      event: this.rows.hydrate(row),
      isOrganizer: row.accessRole === 'organizer',
      isEventStaff: row.accessStaff === true,
    };
    if (access.event.status === 'draft' && !access.isOrganizer && !access.isEventStaff)
      throw notFound('Event');
    return access;
  }

  private async rolesOn(db: EntityManager, actor: User | null, event: Event): Promise<EventAccess> {
    if (!actor) return { event, isOrganizer: false, isEventStaff: false };
    // Sequential: inside a transaction both run on one connection anyway.
    const membership = await db.findOneBy(Membership, {
      organizationId: event.organizationId,
      userId: actor.id,
    });
    const staff = await db.existsBy(EventStaff, { eventId: event.id, userId: actor.id });
    return { event, isOrganizer: membership?.role === 'organizer', isEventStaff: staff };
  }
}
