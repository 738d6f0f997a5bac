import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EventStaff } from './event-staff.entity.js';
import { Event } from './event.entity.js';

/**
 * The SQL of the event aggregate that other features' rules run inside their transactions: the
 * row lock every registration change takes first, the counters, the staff list.
 */
@Injectable()
export class EventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  isStaff(eventId: string, userId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(EventStaff, { eventId, userId });
  }

  async staffIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const staff = await manager.find(EventStaff, { where: { eventId }, select: { userId: true } });
    return staff.map((member) => member.userId);
  }
}
