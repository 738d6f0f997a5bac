import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind.js';
import { deliveryJobId } from './notification-key.js';
import type { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';

export interface NotificationRequest {
  kind: NotificationKind;
  subjectId: string;
  recipientId: string;
  /** When it is due; default now. Stored to the millisecond, as the key and job id use it. */
  fireAt?: Date;
  eventId?: string | null;
  data?: Notification['data'];
  /** When to deliver it; default `fireAt`. A job that is itself the timer (a digest) says now. */
  deliverAt?: Date;
}

/**
 * Plans notifications inside the caller's transaction: the `notifications` row (`scheduled`) and
 * the outbox row that will carry it to the queue. A key that exists already is left alone, so
 * planning the same notification twice sends it once.
 */
@Injectable()
export class NotificationSchedulerService {
  constructor(private readonly rows: NotificationRepository) {}

  /** Returns the new `notifications` row's id, or null when the key was already planned. */
  async schedule(manager: EntityManager, request: NotificationRequest): Promise<string | null> {
    const { recipientId, ...common } = request;
    const [id] = await this.scheduleForEach(manager, common, [recipientId]);
    return id ?? null;
  }

  /**
   * The same notification for each recipient (one email each), in one statement: a change
   * that tells a thousand participants costs one round trip, not a thousand. Returns the ids
   * of the rows it created.
   */
  async scheduleForEach(
    manager: EntityManager,
    request: Omit<NotificationRequest, 'recipientId'>,
    recipientIds: string[],
  ): Promise<string[]> {
    const { subjectId, ...common } = request;
    return this.scheduleForSubjects(
      manager,
      common,
      recipientIds.map((recipientId) => ({ subjectId, recipientId })),
    );
  }

  /**
   * The same kind of notification about several subjects (each recipient with their own
   * subject, e.g. each participant their pickup), in one statement.
   */
  async scheduleForSubjects(
    manager: EntityManager,
    request: Omit<NotificationRequest, 'recipientId' | 'subjectId'>,
    targets: { subjectId: string; recipientId: string }[],
  ): Promise<string[]> {
    if (!targets.length) return [];
    const fireAt = new Date(Math.floor((request.fireAt ?? new Date()).getTime()));
    const jobIds = targets.map(({ subjectId, recipientId }) =>
      deliveryJobId({ kind: request.kind, subjectId, recipientId, fireAt }),
    );
    return this.rows.insertScheduled(manager, {
      kind: request.kind,
      subjectIds: targets.map((target) => target.subjectId),
      recipientIds: targets.map((target) => target.recipientId),
      fireAt,
      eventId: request.eventId ?? null,
      data: request.data ?? {},
      jobIds,
      deliverAt: request.deliverAt ?? fireAt,
    });
  }
}
