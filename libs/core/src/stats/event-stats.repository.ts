import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface StatusCountRow {
  status: string;
  count: string;
}

export interface CountryCountRow {
  nationality: string;
  count: string;
}

export interface DayCountRow {
  date: string;
  count: string;
}

export interface NotificationCountRow {
  sent: string;
  failed: string;
  scheduled: string;
}

/**
 * The SQL of an event's figures for its console: aggregates only, each one statement on the
 * indexes the lists already use (`registrations (event_id, status, nationality)`,
 * `notifications (event_id, created_at)`).
 */
@Injectable()
export class EventStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Registrations per status. */
  byStatus(eventId: string): Promise<StatusCountRow[]> {
    return this.dataSource.manager.query(
      `SELECT status, count(*) AS count FROM registrations WHERE event_id = $1 GROUP BY status`,
      [eventId],
    );
  }

  /** Confirmed registrations per nationality, by country code. */
  confirmedByCountry(eventId: string): Promise<CountryCountRow[]> {
    return this.dataSource.manager.query(
      `SELECT nationality, count(*) AS count FROM registrations
        WHERE event_id = $1 AND status = 'confirmed'
        GROUP BY nationality ORDER BY nationality`,
      [eventId],
    );
  }

  /** Registrations made per local date in `zone` (whatever their status now), oldest first. */
  createdPerLocalDay(eventId: string, zone: string): Promise<DayCountRow[]> {
    return this.dataSource.manager.query(
      `SELECT to_char((created_at AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS date, count(*) AS count
         FROM registrations WHERE event_id = $1
        GROUP BY 1 ORDER BY 1`,
      [eventId, zone],
    );
  }

  /**
   * The event's notifications of one local day [from, until): sent then, failed then (the last
   * attempt), and still scheduled for then.
   */
  async notificationsBetween(
    eventId: string,
    from: Date,
    until: Date,
  ): Promise<NotificationCountRow> {
    const [row] = (await this.dataSource.manager.query(
      `SELECT count(*) FILTER (WHERE status = 'sent' AND sent_at >= $2 AND sent_at < $3) AS sent,
              count(*) FILTER (WHERE status = 'failed' AND updated_at >= $2 AND updated_at < $3) AS failed,
              count(*) FILTER (WHERE status = 'scheduled' AND fire_at >= $2 AND fire_at < $3) AS scheduled
         FROM notifications WHERE event_id = $1`,
      [eventId, from, until],
    )) as NotificationCountRow[];
    return row!;
  }
}
