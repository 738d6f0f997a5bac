import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { poolQuery } from '#db/pool-query.js';
import { JobName, QUEUE_OF_JOB } from '#queue/queue-names.js';
import { isUUID } from 'class-validator';
import { decodeCursor, pageSize, toPage, type Page } from '../common/index.js';
import type { NotificationListFilter } from './notification-list.service.js';
import type { NotificationKind } from './notification-kind.js';
import { Notification } from './notification.entity.js';

/** A claimed `notifications` row with its recipient's account (null when it is gone). */
export interface ClaimedNotificationRow {
  id: string;
  kind: Notification['kind'];
  subject_id: string;
  recipient_id: string;
  fire_at: Date;
  event_id: string | null;
  data: Notification['data'];
  attempts: number;
  email: string | null;
  full_name: string | null;
}

export interface ScheduledNotificationRows {
  kind: NotificationKind;
  /** One per recipient: the same subject repeated, or each recipient's own. */
  subjectIds: string[];
  recipientIds: string[];
  /** Stored to the millisecond. */
  fireAt: Date;
  eventId: string | null;
  data: Notification['data'];
  /** The delivery job's id, one per recipient. */
  jobIds: string[];
  deliverAt: Date;
}

const CLAIMED_COLUMNS = 'id, kind, subject_id, recipient_id, fire_at, event_id, data, attempts';

/**
 * The SQL of the `notifications` table (the delivery log) and of the outbox rows that carry its
 * deliveries. The statements of the delivery path go straight to the pg pool (`poolQuery`),
 * outside any transaction: they run once per email.
 */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The log rows (`scheduled`), and outbox rows (delivery jobs) only for the log rows that are
   * new, in one statement. Returns the ids of the rows it created.
   */
  async insertScheduled(
    manager: EntityManager,
    rows: ScheduledNotificationRows,
  ): Promise<string[]> {
    const created: { id: string }[] = await manager.query(
      `WITH wanted AS (
         SELECT * FROM unnest($2::uuid[], $3::uuid[], $9::text[]) AS w(subject_id, recipient_id, job_id)
       ), planned AS (
         INSERT INTO notifications (kind, subject_id, recipient_id, fire_at, event_id, data, status)
         SELECT $1, w.subject_id, w.recipient_id, $4, $5, $6, 'scheduled' FROM wanted w
         ON CONFLICT ON CONSTRAINT notifications_key DO NOTHING
         RETURNING id, subject_id, recipient_id
       ), queued AS (
         INSERT INTO outbox (queue, job_name, job_id, payload, run_at)
         SELECT $7, $8, w.job_id, jsonb_build_object('notificationId', planned.id), $10::timestamptz
           FROM planned JOIN wanted w USING (subject_id, recipient_id)
       )
       SELECT id FROM planned`,
      [
        rows.kind,
        rows.subjectIds,
        rows.recipientIds,
        rows.fireAt,
        rows.eventId,
        rows.data,
        QUEUE_OF_JOB[JobName.DeliverNotification],
        JobName.DeliverNotification,
        rows.jobIds,
        rows.deliverAt,
      ],
    );
    return created.map((row) => row.id);
  }

  /** The notifications of one event with their recipients' addresses, by fire time. */
  async pageForEvent(
    eventId: string,
    filter: NotificationListFilter,
  ): Promise<Page<{ notification: Notification; recipientEmail: string }>> {
    const limit = pageSize(filter);
    const query = this.dataSource.manager
      .createQueryBuilder(Notification, 'n')
      .innerJoin('users', 'u', 'u.id = n.recipient_id')
      .addSelect('u.email', 'u_email')
      .where('n.eventId = :eventId', { eventId })
      .orderBy('n.fireAt', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .take(limit + 1);
    if (filter.status) query.andWhere('n.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.recipient) {
      if (isUUID(filter.recipient))
        query.andWhere('n.recipientId = :recipient', { recipient: filter.recipient });
      else
        query.andWhere('u.email = :recipient', {
          recipient: filter.recipient.trim().toLowerCase(),
        });
    }
    if (filter.cursor) {
      const after = decodeCursor(filter.cursor, 'instant');
      query.andWhere('(n.fireAt, n.id) > (:afterKey::timestamptz, :afterId::uuid)', {
        afterKey: after.key,
        afterId: after.id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ u_email: string }>();
    const rows = entities.map((notification, index) => ({
      notification,
      recipientEmail: raw[index]!.u_email,
    }));
    return toPage(rows, limit, (row) => ({
      key: row.notification.fireAt.toISOString(),
      id: row.notification.id,
    }));
  }

  /**
   * Marks the rows that match `claimable` (an SQL condition on the row) `sending` and counts the
   * attempt, and reads their recipients, in one round trip.
   */
  claim(ids: string[], claimable: string): Promise<ClaimedNotificationRow[]> {
    return poolQuery<ClaimedNotificationRow>(
      this.dataSource,
      `WITH claimed AS (
         UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
          WHERE id = ANY($1::uuid[]) AND ${claimable}
          RETURNING ${CLAIMED_COLUMNS}
       )
       SELECT claimed.*, u.email, u.full_name FROM claimed LEFT JOIN users u ON u.id = claimed.recipient_id`,
      [ids],
    );
  }

  /** Marks rows `sent`, each with the address it went to. */
  async markSent(rows: { notificationId: string; address: string }[]): Promise<void> {
    await poolQuery(
      this.dataSource,
      `UPDATE notifications n
          SET status = 'sent', sent_at = now(), recipient_email = v.address, last_error = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, address)
        WHERE n.id = v.id`,
      [rows.map((row) => row.notificationId), rows.map((row) => row.address)],
    );
  }

  /** How many of `ids`, apart from `except`, are `sending` (held by another worker). */
  async countSendingExcept(ids: string[], except: string[]): Promise<number> {
    const [held] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE id = ANY($1::uuid[]) AND status = 'sending'
            AND NOT (id = ANY($2::uuid[]))`,
      [ids, except],
    );
    return (held as { count: number }).count;
  }

  async update(notificationId: string, change: Partial<Notification>): Promise<void> {
    await this.dataSource.manager.update(Notification, { id: notificationId }, change);
  }
}
