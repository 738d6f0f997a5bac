import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { User } from '../accounts/index.js';
import { notFound } from '../common/index.js';
import { EventAccessService, type EventAccess } from '../events/event-access.service.js';
import { Registration } from '../registrations/registration.entity.js';

/**
 * Who sees an itinerary: everyone who sees the event when it is `public`; otherwise its
 * organizers, its staff and its confirmed participants. To anyone else it does not exist (404).
 */
@Injectable()
export class ItineraryAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventAccessService,
  ) {}

  async assertCanSee(actor: User | null, eventId: string): Promise<EventAccess> {
    const access = await this.events.visible(actor, eventId);
    if (access.event.itineraryVisibility === 'public' || access.isOrganizer || access.isEventStaff)
      return access;
    if (actor && (await this.isConfirmed(actor.id, eventId))) return access;
    throw notFound('Itinerary');
  }

  isConfirmed(userId: string, eventId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Registration, { eventId, userId, status: 'confirmed' });
  }
}
