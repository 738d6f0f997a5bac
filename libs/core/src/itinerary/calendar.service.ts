import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config/index.js';
import type { User } from '../accounts/index.js';
import { forbidden, notFound } from '../common/index.js';
import { EventRepository } from '../events/event.repository.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { sessionsCalendar } from './ics.js';
import { ItineraryAccessService } from './itinerary-access.service.js';
import { ItineraryService } from './itinerary.service.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class CalendarService {
  private readonly key: Buffer;

  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly events: EventRepository,
    private readonly access: ItineraryAccessService,
    private readonly itinerary: ItineraryService,
    private readonly config: AppConfig,
  ) {
    // A key of its own, derived from the server secret, for feed tokens.
    this.key = createHmac('sha256', config.jwtSecret).update('gofar calendar feeds').digest();
  }

  /** The event's calendar, for whoever may see its itinerary. */
  async eventCalendar(actor: User | null, eventId: string): Promise<string> {
    const { event } = await this.access.assertCanSee(actor, eventId);
    return sessionsCalendar(event, await this.itinerary.allSessions(eventId), {
      name: event.title,
      url: `${this.config.publicUrl}/events/${event.id}`,
    });
  }

  /** The participant's secret feed URL, made on first use and the same until rotated. */
  async feedUrl(actor: User, eventId: string): Promise<string> {
    await this.assertConfirmed(actor, eventId);
    return this.personalFeedUrl(actor.id, eventId);
  }

  /**
   * The person's feed URL, made if they have none, without an access check: for emails to
   * that person only (reminders link to it). Never log it.
   */
  async personalFeedUrl(userId: string, eventId: string): Promise<string> {
    const salt = randomBytes(16).toString('base64url');
    // One round trip: the person's feed, made now if they had none (the update keeps the salt,
    // so a feed made by a concurrent request wins and the URL stays the same).
    const feedSalt = await this.feeds.saltOrCreate(
      userId,
      eventId,
      salt,
      sha256(this.token(userId, eventId, salt)),
    );
    return this.url(this.token(userId, eventId, feedSalt));
  }

  /** A new secret URL; the old one answers 404 from now on. */
  async rotate(actor: User, eventId: string): Promise<string> {
    await this.feedUrl(actor, eventId);
    const salt = randomBytes(16).toString('base64url');
    await this.feeds.updateSalt(
      actor.id,
      eventId,
      salt,
      sha256(this.token(actor.id, eventId, salt)),
    );
    return this.url(this.token(actor.id, eventId, salt));
  }

  /** The calendar behind a secret token, while its owner is still a confirmed participant. */
  async personalCalendar(token: string): Promise<string> {
    const feed = await this.feeds.findByTokenHash(sha256(token));
    if (!feed || !(await this.access.isConfirmed(feed.userId, feed.eventId)))
      throw notFound('Calendar');
    const event = await this.events.findByIdOrFail(feed.eventId);
    return sessionsCalendar(event, await this.itinerary.allSessions(event.id), {
      name: `${event.title} (my itinerary)`,
      url: `${this.config.publicUrl}/events/${event.id}`,
    });
  }

  private async assertConfirmed(actor: User, eventId: string): Promise<void> {
    await this.access.assertCanSee(actor, eventId);
    if (!(await this.access.isConfirmed(actor.id, eventId)))
      throw forbidden('Only confirmed participants have a personal calendar');
  }

  private token(userId: string, eventId: string, salt: string): string {
    return createHmac('sha256', this.key)
      .update(`${userId}.${eventId}.${salt}`)
      .digest('base64url');
  }

  /** The feed URL for a person's feed whose salt is known (read with other data). */
  urlFor(userId: string, eventId: string, salt: string): string {
    return this.url(this.token(userId, eventId, salt));
  }

  private url(token: string): string {
    return `${this.config.publicUrl}/api/v1/calendar/${token}.ics`;
  }
}
