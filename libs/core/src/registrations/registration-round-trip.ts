import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '#db/pool-query.js';
import { jobId } from '#queue/job-id.js';
import { JobName, QUEUE_OF_JOB } from '#queue/queue-names.js';
import type { Event } from '../events/index.js';
import type { RegistrationInput } from './registration-input.js';
import type { RegistrationStatus } from './registration-status.js';
import type { GuardianConsent, Registration } from './registration.entity.js';

/** What the registration rules read on an event, and the digest `gofar_register` compares. */
export type EventRules = Pick<
  Event,
  | 'id'
  | 'status'
  | 'requiresApproval'
  | 'requireVerifiedEmail'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'publishedAt'
  | 'startsAt'
  | 'startsOn'
  | 'countryQuotas'
  | 'defaultCountryQuota'
> & { digest: string };

interface EventRulesRow {
  id: string;
  status: Event['status'];
  requires_approval: boolean;
  require_verified_email: boolean;
  registration_opens_at: Date | null;
  registration_closes_at: Date | null;
  published_at: Date | null;
  starts_at: Date;
  starts_on: string;
  country_quotas: Record<string, number>;
  default_country_quota: number | null;
  digest: string;
}

/** The event's registration rules, read without a lock (the registration re-checks the digest under it). */
export async function eventRules(
  dataSource: DataSource,
  eventId: string,
): Promise<EventRules | null> {
  const [row] = await preparedQuery<EventRulesRow>(
    dataSource,
    'registration-event-rules',
    `SELECT e.id, e.status, e.requires_approval, e.require_verified_email, e.registration_opens_at,
            e.registration_closes_at, e.published_at, e.starts_at, e.starts_on::text AS starts_on,
            e.country_quotas, e.default_country_quota, gofar_registration_rules(e) AS digest
       FROM events e WHERE e.id = $1`,
    [eventId],
  );
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    requiresApproval: row.requires_approval,
    requireVerifiedEmail: row.require_verified_email,
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: row.registration_closes_at,
    publishedAt: row.published_at,
    startsAt: row.starts_at,
    startsOn: row.starts_on,
    countryQuotas: row.country_quotas,
    defaultCountryQuota: row.default_country_quota,
    digest: row.digest,
  };
}

/** `to_jsonb` of a registrations row, with its place in line. */
interface RegisteredRow {
  id: string;
  seq: number;
  event_id: string;
  user_id: string;
  status: RegistrationStatus;
  nationality: string;
  date_of_birth: string;
  gender: Registration['gender'];
  dietary_requirements: string[];
  medical_notes: string | null;
  emergency_contact: Registration['emergencyContact'];
  motivation: string | null;
  guardian: GuardianConsent | null;
  waitlisted_at: string | null;
  waitlist_line: number | null;
  confirmed_at: string | null;
  cancelled_by: Registration['cancelledBy'];
  created_at: string;
  updated_at: string;
  waitlist_position: number | null;
}

const at = (value: string | null) => (value === null ? null : new Date(value));

/**
 * Registers in one round trip (`gofar_register`, see its migration): the seat and quota decision,
 * the registration, counters, history, emails and reminder re-plan, all under the event's row
 * lock and in one implicit transaction. Null when the event's rules changed after `rules` was
 * read: the caller then registers the long way, which reports the exact reason.
 */
export async function registerInOneRoundTrip(
  dataSource: DataSource,
  request: {
    rules: EventRules;
    userId: string;
    input: RegistrationInput;
    guardian: GuardianConsent | null;
    now: Date;
  },
): Promise<{ registration: Registration; waitlistPosition: number | null } | null> {
  const { rules, userId, input, guardian, now } = request;
  const id = randomUUID();
  const [row] = await preparedQuery<{ registered: RegisteredRow | null }>(
    dataSource,
    'registration-register',
    `SELECT gofar_register($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) AS registered`,
    [
      id,
      rules.id,
      userId,
      rules.digest,
      input.nationality,
      input.dateOfBirth,
      input.gender ?? null,
      input.dietaryRequirements ?? [],
      input.medicalNotes ?? null,
      JSON.stringify(input.emergencyContact),
      input.motivation ?? null,
      guardian === null ? null : JSON.stringify(guardian),
      now,
      QUEUE_OF_JOB[JobName.DeliverNotification],
      JobName.DeliverNotification,
      QUEUE_OF_JOB[JobName.PlanReminders],
      JobName.PlanReminders,
      // The same job as requestReminderPlan would write for this person.
      jobId('plan-reminders', rules.id, 'user', userId, randomUUID()),
      JSON.stringify({ eventId: rules.id, userId, requestedAt: now.toISOString() }),
    ],
  );
  const registered = row?.registered;
  if (!registered) return null;
  const registration = {
    id: registered.id,
    seq: String(registered.seq),
    eventId: registered.event_id,
    userId: registered.user_id,
    status: registered.status,
    nationality: registered.nationality,
    dateOfBirth: registered.date_of_birth,
    gender: registered.gender,
    dietaryRequirements: registered.dietary_requirements,
    medicalNotes: registered.medical_notes,
    emergencyContact: registered.emergency_contact,
    motivation: registered.motivation,
    guardian: registered.guardian,
    waitlistedAt: at(registered.waitlisted_at),
    waitlistLine: registered.waitlist_line === null ? null : String(registered.waitlist_line),
    confirmedAt: at(registered.confirmed_at),
    cancelledBy: registered.cancelled_by,
    createdAt: new Date(registered.created_at),
    updatedAt: new Date(registered.updated_at),
  } satisfies Omit<Registration, 'event' | 'user'>;
  return {
    registration: registration as Registration,
    waitlistPosition: registered.waitlist_position,
  };
}
