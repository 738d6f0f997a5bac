import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { User } from '../accounts/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import { EventStatsRepository } from './event-stats.repository.js';

/** The figures of an event's console (organizers and event staff). */
export interface EventStats {
  eventId: string;
  /** The event's zone: the days below are local dates there. */
  timezone: string;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  waitlistCount: number;
  pendingCount: number;
  cancelledCount: number;
  rejectedCount: number;
  /** Confirmed registrations per nationality. */
  confirmedByCountry: Record<string, number>;
  countryQuotas: Record<string, number>;
  defaultCountryQuota: number | null;
  /** Registrations made on each local date (in the event's zone) that had any, oldest first. */
  registrationsPerDay: { date: string; count: number }[];
  /** The current local date in the event's zone. */
  today: string;
  /** Today's notifications: sent today, failed today, still scheduled for today. */
  notificationsToday: { sent: number; failed: number; scheduled: number };
}

@Injectable()
export class EventStatsService {
  constructor(
    private readonly access: EventAccessService,
    private readonly stats: EventStatsRepository,
  ) {}

  async forEvent(actor: User, eventId: string, now = new Date()): Promise<EventStats> {
    const { event } = await this.access.forTeam(actor, eventId);
    const today = DateTime.fromJSDate(now, { zone: event.timezone }).startOf('day');
    const [statuses, countries, days, notifications] = await Promise.all([
      this.stats.byStatus(event.id),
      this.stats.confirmedByCountry(event.id),
      this.stats.createdPerLocalDay(event.id, event.timezone),
      this.stats.notificationsBetween(
        event.id,
        today.toJSDate(),
        today.plus({ days: 1 }).toJSDate(),
      ),
    ]);
    const count = (status: string) =>
      Number(statuses.find((row) => row.status === status)?.count ?? 0);
    return {
      eventId: event.id,
      timezone: event.timezone,
      capacity: event.capacity,
      seatsTaken: count('confirmed'),
      seatsLeft: Math.max(0, event.capacity - count('confirmed')),
      waitlistCount: count('waitlisted'),
      pendingCount: count('pending'),
      cancelledCount: count('cancelled'),
      rejectedCount: count('rejected'),
      confirmedByCountry: Object.fromEntries(
        countries.map((row) => [row.nationality, Number(row.count)]),
      ),
      countryQuotas: event.countryQuotas,
      defaultCountryQuota: event.defaultCountryQuota,
      registrationsPerDay: days.map((row) => ({ date: row.date, count: Number(row.count) })),
      today: today.toISODate()!,
      notificationsToday: {
        sent: Number(notifications.sent),
        failed: Number(notifications.failed),
        scheduled: Number(notifications.scheduled),
      },
    };
  }
}
