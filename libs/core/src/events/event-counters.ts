import { Injectable } from '@nestjs/common';

/** The read-only registration counters every event response carries. */
export interface EventCounters {
  seatsTaken: number;
  waitlistCount: number;
  pendingCount: number;
}

const NONE: EventCounters = { seatsTaken: 0, waitlistCount: 0, pendingCount: 0 };

/**
 * Reads the counters for a set of events. Registrations do not exist yet in the schema, so
 * every event counts zero; the registration feature answers this from its own table.
 */
@Injectable()
export class EventCountersReader {
  async forEvents(eventIds: string[]): Promise<Map<string, EventCounters>> {
    return new Map(eventIds.map((id) => [id, { ...NONE }]));
  }
}
