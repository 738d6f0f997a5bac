import type { EventKind, ItineraryVisibility, LetterSignatory } from './event-status.js';

/** The fields an organizer sets when creating an event (already validated at the edge). */
export interface EventInput {
  organizationId: string;
  title: string;
  kind: EventKind;
  description?: string | null;
  timezone: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  countryQuotas?: Record<string, number>;
  defaultCountryQuota?: number | null;
  requiresApproval: boolean;
  requireVerifiedEmail?: boolean;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  itineraryVisibility?: ItineraryVisibility;
  eventReminderOffsets?: string[];
  sessionReminderOffsets?: string[];
  missionReminderOffsets?: string[];
  letterSignatory?: LetterSignatory | null;
  letterCostsCoveredBy?: string | null;
}

/** A partial change: absent fields stay, `null` clears an optional one. */
export type EventPatch = Partial<Omit<EventInput, 'organizationId'>>;

export interface EventListFilter {
  status?: 'draft' | 'published' | 'cancelled';
  organizationId?: string;
  limit?: number;
  cursor?: string;
}
