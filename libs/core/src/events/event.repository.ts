import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventStaff } from './event-staff.entity.js';
import { Event } from './event.entity.js';

/**
 * The SQL of the event aggregate that other features' rules run inside their transactions: the
 * row lock every registration change takes first, the counters, the staff list.
 */
@Injectable()
export class EventRepository {
  /** Locks the event row (`SELECT … FOR UPDATE`) until the transaction ends. */
  lockForUpdate(manager: EntityManager, eventId: string): Promise<Event | null> {
    return manager.findOne(Event, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
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

  async staffIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const staff = await manager.find(EventStaff, { where: { eventId }, select: { userId: true } });
    return staff.map((member) => member.userId);
  }
}
