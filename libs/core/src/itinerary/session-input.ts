import type { SessionType, Venue } from './session-type.js';

export interface SessionInput {
  title: string;
  type: SessionType;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  endTimezone?: string | null;
  venue?: Venue | null;
  description?: string | null;
  mandatory?: boolean;
}

export type SessionPatch = Partial<SessionInput>;
