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
import type { User } from '../accounts/index.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { Event } from '../events/index.js';
import type { ItineraryDay } from '../itinerary/index.js';
import { groupByLocalDay } from '../itinerary/itinerary.service.js';
import { localTime } from '../itinerary/local-time.js';
import { SessionRepository } from '../itinerary/session.repository.js';
import { eventSummary } from '../notifications/event-summary.js';
import { NotificationSchedulerService } from '../notifications/notification-scheduler.service.js';
import { dietaryOf, type DigestDay } from './digest-day.js';
import { DIGEST_LOCAL_TIME, digestSchedule, type DigestMoment } from './digest-schedule.js';
import { DigestRepository, type MedicalNoteRow } from './digest.repository.js';

/** Changes an email lists (the rest are counted). */
const LISTED_CHANGES = 30;
/** Changes the console's digest lists (the rest are counted). */
const CONSOLE_LISTED_CHANGES = 500;

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
    private readonly access: EventAccessService,
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
    const day = await this.gather(
      event,
      String(notification.data.date),
      notification.fireAt,
      LISTED_CHANGES,
    );
    if (!day.scheduled) return { reason: 'the day has no sessions any more' };
    return staffDigestEmail({
      fullName: recipient.fullName,
      event: eventSummary(event, this.config.publicUrl),
      day: DateTime.fromISO(day.date, { locale: 'en' }).toFormat('ccc d LLL yyyy'),
      zone: day.zone,
      sessions: day.sessions.map((session) => {
        const starts = localTime(session.startsAt, session.timezone);
        const ends = localTime(session.endsAt, session.endTimezone);
        const endZone = session.endTimezone === session.timezone ? '' : ` ${session.endTimezone}`;
        const venue = session.venue ? `, ${session.venue.name}` : '';
        return `${starts.time}–${ends.time}${endZone} ${session.title}${venue}`;
      }),
      confirmed: day.confirmed,
      dietary: day.dietary.map((row) => [row.need, row.count]),
      withMedicalNotes: day.withMedicalNotes,
      changes: day.changes.map(
        (change) =>
          `${change.full_name} (${change.nationality}): ${change.from_status ?? 'new'} → ${change.to_status}`,
      ),
      changeCount: day.changeCount,
    });
  }

  /**
   * The digest of one local date for the event's organizers and staff (the console): what its
   * email says, or would say, read now, with the changes up to that day's 07:00. The date
   * defaults to today where the programme is: the day whose first session's zone says it is
   * that date now, else today in the event's zone.
   */
  async forDate(
    actor: User,
    eventId: string,
    date?: string,
    now = new Date(),
  ): Promise<{ event: Event; day: DigestDay; medicalNotes: MedicalNoteRow[] }> {
    const { event } = await this.access.forTeam(actor, eventId);
    const days = groupByLocalDay(await this.sessions.forEvent(event.id, true));
    const chosen =
      date ??
      days.find(
        (candidate) =>
          DateTime.fromJSDate(now, { zone: candidate.timezone }).toISODate() === candidate.date,
      )?.date ??
      DateTime.fromJSDate(now, { zone: event.timezone }).toISODate()!;
    const [day, medicalNotes] = await Promise.all([
      this.gather(event, chosen, null, CONSOLE_LISTED_CHANGES, days),
      this.digests.withMedicalNotes(event.id),
    ]);
    return { event, day, medicalNotes };
  }

  /**
   * What the digest of `date` says, read now: the day's sessions (the day is the local date
   * where each session starts), head count, dietary and medical-note counts, and the
   * registration changes since the previous digest (since publication for the first), up to
   * `until` (the email's fire time; by default that day's 07:00).
   */
  async gather(
    event: Event,
    date: string,
    until: Date | null,
    listed: number,
    known?: ItineraryDay[],
  ): Promise<DigestDay> {
    const days = known ?? groupByLocalDay(await this.sessions.forEvent(event.id, true));
    const day = days.find((candidate) => candidate.date === date);
    const zone = day?.timezone ?? event.timezone;
    const digestAt = DateTime.fromISO(`${date}T${DIGEST_LOCAL_TIME}`, { zone }).toJSDate();
    const previous = digestSchedule(days.flatMap((candidate) => candidate.sessions))
      .filter((moment) => moment.date < date)
      .at(-1);
    const since = previous?.fireAt ?? event.publishedAt ?? event.createdAt;
    const changesUntil = until ?? digestAt;
    const [head, dietary, changes] = await Promise.all([
      this.digests.headCount(event.id),
      this.digests.dietaryCounts(event.id),
      this.digests.changesBetween(event.id, since, changesUntil, listed),
    ]);
    return {
      date,
      zone,
      digestAt,
      scheduled: day !== undefined,
      sessions: day?.sessions ?? [],
      confirmed: Number(head.confirmed),
      dietary: dietaryOf(dietary),
      withMedicalNotes: Number(head.medical),
      changesSince: since,
      changesUntil,
      changes,
      changeCount: Number(changes[0]?.total ?? 0),
    };
  }
}

/** When the digest's local day ends: after that a missed digest is no news any more. */
function endOfDay(moment: DigestMoment): Date {
  return DateTime.fromISO(moment.date, { zone: moment.zone }).endOf('day').toJSDate();
}
