import { Injectable } from '@nestjs/common';
import type { User } from '../accounts/index.js';
import { notFound } from '../common/index.js';
import { EventAccessService, type EventAccess } from '../events/event-access.service.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';

/**
 * Who sees an itinerary: everyone who sees the event when it is `public`; otherwise its
 * organizers, its staff and its confirmed participants. To anyone else it does not exist (404).
 */
@Injectable()
export class ItineraryAccessService {
  constructor(
    private readonly events: EventAccessService,
    private readonly registrations: RegistrationRepository,
  ) {}

  async assertCanSee(actor: User | null, eventId: string): Promise<EventAccess> {
    const access = await this.events.visible(actor, eventId);
    if (access.event.itineraryVisibility === 'public' || access.isOrganizer || access.isEventStaff)
      return access;
    if (actor && (await this.isConfirmed(actor.id, eventId))) return access;
    throw notFound('Itinerary');
  }

  isConfirmed(userId: string, eventId: string): Promise<boolean> {
    return this.registrations.isConfirmed(eventId, userId);
  }
}
