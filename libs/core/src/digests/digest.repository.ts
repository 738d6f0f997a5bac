import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface HeadCountRow {
  confirmed: string;
  medical: string;
}

export interface DietaryCountRow {
  need: string;
  count: string;
}

export interface RegistrationChangeRow {
  registration_id: string;
  at: Date;
  full_name: string;
  nationality: string;
  from_status: string | null;
  to_status: string;
  /** How many changes there are in all, beyond the limit too. */
  total: string;
}

export interface MedicalNoteRow {
  registration_id: string;
  full_name: string;
  nationality: string;
  medical_notes: string;
}

/**
 * What a staff digest reads about an event's participants: aggregates in SQL, so that no
 * medical note ever leaves PostgreSQL, only whether there is one.
 */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Confirmed participants, and how many of them have medical notes. */
  async headCount(eventId: string): Promise<HeadCountRow> {
    const [head] = (await this.dataSource.manager.query(
      `SELECT count(*) AS confirmed,
                count(*) FILTER (WHERE btrim(coalesce(medical_notes, '')) <> '') AS medical
           FROM registrations WHERE event_id = $1 AND status = 'confirmed'`,
      [eventId],
    )) as HeadCountRow[];
    return head!;
  }

  /** Confirmed participants per dietary requirement, most frequent first. */
  dietaryCounts(eventId: string): Promise<DietaryCountRow[]> {
    return this.dataSource.manager.query(
      `SELECT need, count(*) AS count
           FROM registrations, unnest(dietary_requirements) AS need
          WHERE event_id = $1 AND status = 'confirmed'
          GROUP BY need ORDER BY count(*) DESC, need`,
      [eventId],
    );
  }

  /** The first `limit` registration changes of the event in [since, until), in order. */
  changesBetween(
    eventId: string,
    since: Date,
    until: Date,
    limit: number,
  ): Promise<RegistrationChangeRow[]> {
    return this.dataSource.manager.query(
      `SELECT r.id AS registration_id, c.at, u.full_name, r.nationality, c.from_status, c.to_status,
              count(*) OVER () AS total
           FROM registration_changes c
           JOIN registrations r ON r.id = c.registration_id
           JOIN users u ON u.id = r.user_id
          WHERE r.event_id = $1 AND c.at >= $2 AND c.at < $3
          ORDER BY c.at, c.id LIMIT $4`,
      [eventId, since, until, limit],
    );
  }

  /**
   * The confirmed participants who have medical notes, with the notes: for the digest's page in
   * the console (organizers and event staff only), never for its email.
   */
  withMedicalNotes(eventId: string): Promise<MedicalNoteRow[]> {
    return this.dataSource.manager.query(
      `SELECT r.id AS registration_id, u.full_name, r.nationality, r.medical_notes
           FROM registrations r JOIN users u ON u.id = r.user_id
          WHERE r.event_id = $1 AND r.status = 'confirmed' AND btrim(coalesce(r.medical_notes, '')) <> ''
          ORDER BY u.full_name, r.id`,
      [eventId],
    );
  }
}
