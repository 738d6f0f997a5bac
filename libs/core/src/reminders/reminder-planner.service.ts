import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { ReminderPlanRequest } from './reminder-plan-request.js';
import type { Event } from '../events/event.entity.js';
import { EventRepository } from '../events/event.repository.js';
import { JobName } from '#queue/queue-names.js';
import { enqueueMany } from '../notifications/outbox.js';
import { ReminderAnchorsService } from './reminder-anchors.service.js';
import {
  ReminderPlanRepository,
  type DueReminder,
  type ReminderKeyRow,
} from './reminder-plan.repository.js';
import {
  reminderMomentJobId,
  reminderMomentPayload,
  type ReminderMoment,
} from './reminder-fan-out.service.js';
import {
  REMINDER_KINDS,
  reminderTimes,
  type ReminderAnchor,
  type ReminderKind,
  type ReminderTime,
} from './reminder-times.js';

export interface PlanOutcome {
  /** Reminders newly scheduled (or scheduled again after a move back). */
  planned: number;
  /** Scheduled reminders that no longer apply, now `skipped`. */
  withdrawn: number;
}

const PICKUP_KINDS = ['pickup_reminder'] as const;

/** One entry per listed recipient for anchors that list theirs; others stay for everyone. */
function perRecipient(time: ReminderTime): DueReminder[] {
  const { recipientIds, ...rest } = time;
  return recipientIds ? recipientIds.map((recipientId) => ({ ...rest, recipientId })) : [rest];
}

/** Removes delayed jobs by id (an optimisation: a stale job that fires finds nothing to send). */
export type JobRemover = (jobIds: string[]) => Promise<void>;

/**
 * Brings the reminders in the notifications table for a scope in line with PostgreSQL: one `scheduled` row
 * per confirmed participant and reminder time still ahead, and one delayed job per reminder
 * time; rows that no longer apply become `skipped` with the reason, and a time nobody is left
 * for loses its job. Runs under a per-event advisory lock, so plans for one event apply in
 * order and the last one wins.
 */
@Injectable()
export class ReminderPlannerService {
  private readonly logger = new Logger(ReminderPlannerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: ReminderAnchorsService,
    private readonly rows: ReminderPlanRepository,
    private readonly events: EventRepository,
  ) {}

  plan(request: ReminderPlanRequest, removeJobs: JobRemover): Promise<PlanOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.rows.lockEvent(manager, request.eventId);
      const event = await this.events.findById(request.eventId, manager);
      const live = event?.status === 'published';
      const found = live ? await this.anchorsInScope(manager, event, request) : [];
      const now = Date.now();
      // Times of what has not started yet; the late policy sends those already due.
      const due = found
        .filter((anchor) => anchor.at.getTime() > now)
        .flatMap((anchor) =>
          reminderTimes(anchor, (offset) =>
            this.logger.warn(
              `Event ${request.eventId}: ${anchor.kind} offset ${offset} gives no usable fire time for ${anchor.subjectId}; skipped`,
            ),
          ),
        )
        .flatMap(perRecipient);
      const withdrawn = await this.withdraw(manager, request, due, live ? null : event);
      const requestedAt = new Date(request.requestedAt).getTime();
      const planned = await this.schedule(
        manager,
        request,
        due.filter((time) => time.fireAt.getTime() > requestedAt),
      );
      // A reminder time left with nobody to remind loses its job; under the lock, so that a
      // later plan bringing the time back re-adds the job after this removal.
      const emptied = await this.momentsWithoutRecipients(manager, withdrawn);
      await removeJobs(emptied.map(reminderMomentJobId));
      return { planned, withdrawn: withdrawn.length };
    });
  }

  private async anchorsInScope(
    manager: EntityManager,
    event: Event,
    request: ReminderPlanRequest,
  ): Promise<ReminderAnchor[]> {
    if (request.pickups) return this.anchors.ofPickups(manager, event);
    if (request.missionId) return this.anchors.ofMissions(manager, event, request.missionId);
    // A session change can move the programme start, so the event's reminders follow it.
    if (request.sessionId)
      return [
        await this.anchors.ofEvent(manager, event),
        ...(await this.anchors.ofSessions(manager, event, request.sessionId)),
      ];
    return [
      await this.anchors.ofEvent(manager, event),
      ...(await this.anchors.ofSessions(manager, event)),
      ...(await this.anchors.ofMissions(manager, event)),
      ...(await this.anchors.ofPickups(manager, event)),
    ];
  }

  /** Which (kind, subject) pairs a request covers; null means every reminder of the event. */
  private scopePairs(request: ReminderPlanRequest): [ReminderKind, string][] | null {
    if (request.missionId) return [['mission_reminder', request.missionId]];
    if (request.sessionId)
      return [
        ['event_reminder', request.eventId],
        ['session_reminder', request.sessionId],
      ];
    return null;
  }

  /** Marks `skipped` the scheduled reminders in scope that are not among `due` for a confirmed participant. */
  private async withdraw(
    manager: EntityManager,
    request: ReminderPlanRequest,
    due: DueReminder[],
    notLive: Event | null,
  ): Promise<ReminderKeyRow[]> {
    const pairs = this.scopePairs(request);
    const whyNone = notLive ? `the event is ${notLive.status}` : null;
    return this.rows.withdrawNotDue(
      manager,
      { eventId: request.eventId, userId: request.userId ?? null, pairs },
      due,
      request.pickups ? PICKUP_KINDS : REMINDER_KINDS,
      whyNone,
    );
  }

  /** One row per confirmed participant and time; a key skipped earlier comes back when due again. */
  private async schedule(
    manager: EntityManager,
    request: ReminderPlanRequest,
    times: DueReminder[],
  ): Promise<number> {
    if (!times.length) return 0;
    const forEveryone = times.filter((time) => time.recipientId === undefined);
    const listed = times.filter((time) => time.recipientId !== undefined);
    const rows = [
      ...(forEveryone.length
        ? await this.rows.insertScheduled(
            manager,
            request.eventId,
            request.userId ?? null,
            forEveryone,
          )
        : []),
      ...(listed.length
        ? await this.rows.insertScheduledFor(
            manager,
            request.eventId,
            request.userId ?? null,
            listed,
          )
        : []),
    ];
    const moments = new Map<string, ReminderMoment>();
    for (const row of rows) {
      const moment = { kind: row.kind, subjectId: row.subject_id, fireAt: new Date(row.fire_at) };
      moments.set(reminderMomentJobId(moment), moment);
    }
    // One delayed job per reminder time; one that is queued already is left as it is.
    await enqueueMany(
      manager,
      JobName.FireReminders,
      [...moments].map(([jobId, moment]) => ({
        payload: reminderMomentPayload(moment),
        jobId,
        runAt: moment.fireAt,
      })),
    );
    return rows.length;
  }

  /** Of the times `rows` were planned for, those with no scheduled recipient left. */
  private async momentsWithoutRecipients(
    manager: EntityManager,
    rows: ReminderKeyRow[],
  ): Promise<ReminderMoment[]> {
    if (!rows.length) return [];
    const found = await this.rows.momentsWithoutRecipients(manager, rows);
    return found.map((row) => ({
      kind: row.kind,
      subjectId: row.subject_id,
      fireAt: new Date(row.fire_at),
    }));
  }
}
