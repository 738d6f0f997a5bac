import { randomBytes } from 'node:crypto';
import { AccountService, type User } from '#core/accounts/index.js';
import { type Event, type EventInput, EventService } from '#core/events/index.js';
import { OrganizationService } from '#core/organizations/index.js';
import type { RegistrationInput } from '#core/registrations/index.js';
import type { CoreTestingModule } from './core-testing-module.js';
import { registrationBody } from './registration-body.js';

const unique = () => randomBytes(4).toString('hex');

/**
 * Accounts straight into the database, with a hash no password matches: the middle tier tests
 * what accounts do, not how they sign in.
 */
export async function newUsers(
  core: CoreTestingModule,
  count: number,
  options: { label?: string; isAdmin?: boolean } = {},
): Promise<User[]> {
  const batch = unique();
  const label = options.label ?? 'person';
  const rows = await core.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash, is_admin)
     SELECT format('%s-%s-%s@gofar.test', $1::text, $2::text, n), format('%s %s', $1::text, n),
            'scrypt$unusable', $4
       FROM generate_series(1, $3::int) AS n
     RETURNING id`,
    [label, batch, count, options.isAdmin ?? false],
  );
  const accounts = core.get(AccountService);
  return Promise.all(rows.map(async (row) => (await accounts.findById(row.id))!));
}

export interface OrganizationSetup {
  organizationId: string;
  admin: User;
  organizer: User;
  staff: User;
}

/** An organization with one organizer and one staff member, made by an admin. */
export async function newOrganization(core: CoreTestingModule): Promise<OrganizationSetup> {
  const [admin] = await newUsers(core, 1, { label: 'admin', isAdmin: true });
  const [organizer, staff] = await newUsers(core, 2, { label: 'team' });
  const organizations = core.get(OrganizationService);
  const organization = await organizations.create(admin!, `Centre ${unique()}`);
  await organizations.setMember(admin!, organization.id, organizer!.email, 'organizer');
  await organizations.setMember(admin!, organization.id, staff!.email, 'staff');
  return { organizationId: organization.id, admin: admin!, organizer: organizer!, staff: staff! };
}

/** A published event of the organization; fields can be overridden. */
export async function publishedEvent(
  core: CoreTestingModule,
  setup: OrganizationSetup,
  overrides: Partial<EventInput> = {},
): Promise<Event> {
  const events = core.get(EventService);
  const event = await events.create(setup.organizer, {
    organizationId: setup.organizationId,
    title: `Youth Workshop ${unique()}`,
    kind: 'workshop',
    timezone: 'Asia/Seoul',
    startsOn: '2030-07-12',
    endsOn: '2030-07-20',
    capacity: 48,
    countryQuotas: {},
    requiresApproval: false,
    ...overrides,
  });
  return events.publish(setup.organizer, event.id);
}

/** A valid registration of an adult (the HTTP tests' body); fields can be overridden. */
export function registrationInput(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return registrationBody(overrides) as unknown as RegistrationInput;
}
