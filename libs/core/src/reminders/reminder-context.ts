import type { EventStatus } from '../events/index.js';
import type { Venue } from '../itinerary/index.js';
import type { ReminderKind } from './reminder-times.js';

/** Everything a reminder needs when it fires, as PostgreSQL has it then. */
export interface ReminderContext {
  event: {
    id: string;
    status: EventStatus;
    title: string;
    startsOn: string;
    endsOn: string;
    startsAt: Date;
    timezone: string;
    offsets: Record<ReminderKind, string[]>;
  };
  confirmed: boolean;
  /** The salt of the recipient's calendar feed, when they have one. */
  feedSalt: string | null;
  /** The session announced, or for an event reminder the first scheduled one. */
  session: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    timezone: string;
    endTimezone: string;
    venue: Venue | null;
    description: string | null;
  } | null;
  mission: { title: string; dueAt: Date; zone: string | null } | null;
  team: { name: string; submitted: boolean } | null;
  /** The pickup announced (pickup reminders), with the recipient's part in it. */
  pickup: {
    airport: string;
    timezone: string;
    meetAt: Date;
    note: string | null;
    isStaff: boolean;
    /** A confirmed participant in it. */
    isParticipant: boolean;
    participantCount: number;
  } | null;
}
