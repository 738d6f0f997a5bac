import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#config/index.js';
import { inTransaction } from '#db/transaction.js';
import type { JobPayloads } from '../jobs/job-payloads.js';
import type { JobName } from '#queue/queue-names.js';
import type { MailContent } from '#mail/mail-message.js';
import { staffDigestEmail } from './digest.emails.js';
import type { Recipient, Notification } from '../notifications/index.js';
import { EventRepository } from '../events/event.repository.js';
import { groupByLocalDay } from '../itinerary/itinerary.service.js';
import { localTime } from '../itinerary/local-time.js';
import { SessionRepository } from '../itinerary/session.repository.js';
import { eventSummary } from '../notifications/event-summary.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { digestSchedule, type DigestMoment } from './digest-schedule.js';
import { DigestRepository } from './digest.repository.js';

const LISTED_CHANGES = 30;

export type DigestOutcome = { queued: number } | { skipped: string };

/**
 * The staff's morning digest: when each is due (07:00 where the day begins), who gets it (the
 * event's staff, once each per day: the key is the event, the person and the digest time) and
 * what it says, read from PostgreSQL when it is sent.
 */
@Injectable()
export class StaffDigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly events: EventRepository,
    private readonly digests: DigestRepository,
    private readonly notifications: NotificationSchedulerService,
    private readonly config: AppConfig,
  ) {}

  /** The digests of a published event whose day is not over yet; none for other events. */
  async schedule(eventId: string, now = new Date()): Promise<DigestMoment[]> {
    const event = await this.events.findById(eventId);
    if (event?.status !== 'published') return [];
    return digestSchedule(await this.sessions.forEvent(eventId, true)).filter(
      (moment) => endOfDay(moment) > now,
    );
  }

  /** At a digest's time: one delivery per staff member. Late is fine until the day is over. */
  async send(payload: JobPayloads[JobName.SendDigest], now = new Date()): Promise<DigestOutcome> {
    const moment = (await this.schedule(payload.eventId, now)).find(
      (candidate) => candidate.date === payload.date,
    );
    if (!moment)
      return { skipped: 'the event is not published, the day is over or has no sessions' };
    if (moment.fireAt.toISOString() !== payload.fireAt)
      return {
        skipped: 'the day now begins elsewhere: a digest at the new time replaces this one',
      };
    const queued = await inTransaction(this.dataSource, async (manager) => {
      return this.notifications.scheduleForEach(
        manager,
        {
          kind: 'staff_digest',
          subjectId: payload.eventId,
          eventId: payload.eventId,
          fireAt: moment.fireAt,
          deliverAt: now,
          data: { date: moment.date },
        },
        await this.events.staffIds(manager, payload.eventId),
      );
    });
    return { queued: queued.length };
  }

  /** The digest as it stands when it is sent: counts only for anything about health. */
  async content(
    notification: Notification,
    recipient: Recipient,
  ): Promise<MailContent | { reason: string }> {
    const event = await this.events.findById(notification.subjectId);
    if (!event || event.status !== 'published')
      return { reason: `the event is ${event?.status ?? 'gone'}` };
    if (!(await this.events.isStaff(event.id, recipient.id)))
      return { reason: 'no longer staff of the event' };
    const date = String(notification.data.date);
    const days = groupByLocalDay(await this.sessions.forEvent(event.id, true));
    const day = days.find((candidate) => candidate.date === date);
    if (!day) return { reason: 'the day has no sessions any more' };
    const previous = digestSchedule(days.flatMap((candidate) => candidate.sessions))
      .filter((moment) => moment.date < date)
      .at(-1);
    const since = previous?.fireAt ?? event.publishedAt ?? event.createdAt;

    const [head, dietary, changes] = await Promise.all([
      this.digests.headCount(event.id),
      this.digests.dietaryCounts(event.id),
      this.digests.changesBetween(event.id, since, notification.fireAt, LISTED_CHANGES),
    ]);
    return staffDigestEmail({
      fullName: recipient.fullName,
      event: eventSummary(event, this.config.publicUrl),
      day: DateTime.fromISO(date, { locale: 'en' }).toFormat('ccc d LLL yyyy'),
      zone: day.timezone,
      sessions: day.sessions.map((session) => {
        const starts = localTime(session.startsAt, session.timezone);
        const ends = localTime(session.endsAt, session.endTimezone);
        const endZone = session.endTimezone === session.timezone ? '' : ` ${session.endTimezone}`;
        const venue = session.venue ? `, ${session.venue.name}` : '';
        return `${starts.time}–${ends.time}${endZone} ${session.title}${venue}`;
      }),
      confirmed: Number(head.confirmed),
      dietary: dietary.map((row) => [row.need, Number(row.count)]),
      withMedicalNotes: Number(head.medical),
      changes: changes.map(
        (change) =>
          `${change.full_name} (${change.nationality}): ${change.from_status ?? 'new'} → ${change.to_status}`,
      ),
      changeCount: Number(changes[0]?.total ?? 0),
    });
  }
}

/** When the digest's local day ends: after that a missed digest is no news any more. */
function endOfDay(moment: DigestMoment): Date {
  return DateTime.fromISO(moment.date, { zone: moment.zone }).endOf('day').toJSDate();
}
