import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '#db/pool-query.js';

/**
 * One source of an itinerary answer, as a SQL expression that changes whenever the rows it
 * covers change: `$1` is the event's id, `$2` the reader's user id (the personal itinerary).
 * Each row contributes its id and `xmin` (the transaction that wrote its current version), so
 * any update, insert or delete of a covered row changes the fingerprint, whatever the column,
 * without reading the rows' text.
 */
export interface ItineraryVersionSource {
  name: string;
  fingerprint: string;
}

/** `id.xmin` of every row a query selects (alias `x`), in id order; '' when there is none. */
const rowVersions = (from: string, id = 'x.id', xmin = 'x.xmin::text'): string =>
  `(SELECT coalesce(string_agg(${id}::text || '.' || ${xmin}, ',' ORDER BY ${id}), '') ${from})`;

/** The teams of the event the reader belongs to (a subquery for the sources below). */
const MY_TEAMS = `(SELECT tm.team_id FROM team_members tm WHERE tm.event_id = $1 AND tm.user_id = $2)`;

/** The rooms the reader sleeps in during the event (a subquery for the sources below). */
const MY_ROOMS = `(SELECT o.room_id FROM room_occupants o JOIN registrations r ON r.id = o.registration_id
  WHERE r.event_id = $1 AND r.user_id = $2)`;

/** What `GET /events/:id/itinerary` is made of: the event's row and its sessions. */
export const EVENT_ITINERARY_SOURCES: readonly ItineraryVersionSource[] = [
  { name: 'event', fingerprint: rowVersions('FROM events x WHERE x.id = $1') },
  { name: 'sessions', fingerprint: rowVersions('FROM sessions x WHERE x.event_id = $1') },
];

/**
 * What `GET /me/itinerary` adds: the reader's registration, their team with its members (names
 * from users, nationalities from registrations), the event's missions and the team's
 * submissions, the reader's airport pickups, the event's accommodations with the reader's rooms
 * and roommates. A feature that adds to the answer adds its source here.
 */
export const MY_ITINERARY_SOURCES: readonly ItineraryVersionSource[] = [
  ...EVENT_ITINERARY_SOURCES,
  {
    name: 'registration',
    fingerprint: rowVersions('FROM registrations x WHERE x.event_id = $1 AND x.user_id = $2'),
  },
  { name: 'team', fingerprint: rowVersions(`FROM teams x WHERE x.id IN ${MY_TEAMS}`) },
  {
    name: 'team members',
    fingerprint: rowVersions(
      `FROM team_members x JOIN registrations r ON r.id = x.registration_id JOIN users u ON u.id = x.user_id
       WHERE x.team_id IN ${MY_TEAMS}`,
      'x.registration_id',
      `x.xmin::text || '.' || r.xmin::text || '.' || u.xmin::text`,
    ),
  },
  { name: 'missions', fingerprint: rowVersions('FROM missions x WHERE x.event_id = $1') },
  {
    name: 'submissions',
    fingerprint: rowVersions(`FROM submissions x WHERE x.team_id IN ${MY_TEAMS}`),
  },
  {
    name: 'pickups',
    fingerprint: rowVersions(
      `FROM airport_pickups x WHERE x.id IN (SELECT m.pickup_id FROM pickup_members m
         JOIN registrations r ON r.id = m.registration_id WHERE r.event_id = $1 AND r.user_id = $2)`,
    ),
  },
  {
    name: 'accommodations',
    fingerprint: rowVersions('FROM accommodations x WHERE x.event_id = $1'),
  },
  { name: 'rooms', fingerprint: rowVersions(`FROM rooms x WHERE x.id IN ${MY_ROOMS}`) },
  {
    name: 'roommates',
    fingerprint: rowVersions(
      `FROM room_occupants x JOIN registrations r ON r.id = x.registration_id JOIN users u ON u.id = r.user_id
       WHERE x.room_id IN ${MY_ROOMS}`,
      'x.registration_id',
      `x.room_id::text || '.' || x.xmin::text || '.' || r.xmin::text || '.' || u.xmin::text`,
    ),
  },
];

/**
 * Raised when the answer's shape or its computation changes, so that answers cached by
 * browsers before a release are not taken for the new ones.
 */
const ANSWER_FORMAT = 1;

/**
 * The versions (entity tags) of itinerary answers: one statement reads every source's
 * fingerprint, and the tag is a hash of them with the answer's kind, the event and the reader.
 * Read it after the authorization check and before the answer's data: an answer built after
 * its tag is at least as new as the tag says, never older.
 */
@Injectable()
export class ItineraryVersions {
  private readonly statements = new Map<readonly ItineraryVersionSource[], string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A strong ETag (quoted) for the answer built from `sources` for this event and reader. */
  async etag(
    kind: string,
    sources: readonly ItineraryVersionSource[],
    eventId: string,
    userId: string | null,
  ): Promise<string> {
    const personal = sources.some((source) => source.fingerprint.includes('$2'));
    const [row] = await preparedQuery<Record<string, string | null>>(
      this.dataSource,
      `gofar_itinerary_version_${kind}`,
      this.statement(sources),
      personal ? [eventId, userId] : [eventId],
    );
    const hash = createHash('sha256').update(`${ANSWER_FORMAT}|${kind}|${eventId}|${userId ?? ''}`);
    sources.forEach((_source, index) => hash.update(`|${row?.[`v${index}`] ?? ''}`));
    return `"${hash.digest('base64url').slice(0, 32)}"`;
  }

  private statement(sources: readonly ItineraryVersionSource[]): string {
    let sql = this.statements.get(sources);
    if (!sql) {
      const columns = sources.map((source, index) => `${source.fingerprint} AS v${index}`);
      sql = `SELECT ${columns.join(', ')}`;
      this.statements.set(sources, sql);
    }
    return sql;
  }
}

/** Whether an `If-None-Match` header names `etag` (a list, `*`, or weak forms alike). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
