import { Injectable } from '@nestjs/common';
import type { User } from '../accounts/index.js';
import { forbidden, notFound } from '../common/index.js';
import { EventAccessService, type EventAccess } from '../events/event-access.service.js';
import { ItineraryAccessService } from '../itinerary/itinerary-access.service.js';

/** Teams, missions and the leaderboard: for the event's organizers, staff and confirmed participants. */
@Injectable()
export class TeamAccessService {
  constructor(
    private readonly events: EventAccessService,
    private readonly itinerary: ItineraryAccessService,
  ) {}

  async assertCanSee(actor: User, eventId: string): Promise<EventAccess> {
    const access = await this.events.visible(actor, eventId);
    if (
      access.isOrganizer ||
      access.isEventStaff ||
      (await this.itinerary.isConfirmed(actor.id, eventId))
    )
      return access;
    throw notFound('Event');
  }

  /** Scoring: the event's staff and organizers. */
  async assertCanScore(actor: User, eventId: string): Promise<EventAccess> {
    const access = await this.assertCanSee(actor, eventId);
    if (!access.isOrganizer && !access.isEventStaff)
      throw forbidden('Only the event’s staff and organizers score submissions');
    return access;
  }

  async assertOrganizer(actor: User, eventId: string): Promise<EventAccess> {
    const access = await this.assertCanSee(actor, eventId);
    if (!access.isOrganizer)
      throw forbidden('Only an organizer of this event’s organization can do this');
    return access;
  }
}
