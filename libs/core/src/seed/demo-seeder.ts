import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountService } from '../accounts/account.service.js';
import type { User } from '../accounts/user.entity.js';
import { UserRepository } from '../accounts/user.repository.js';
import { DomainError } from '../common/domain-error.js';
import { Event } from '../events/event.entity.js';
import { EventService } from '../events/event.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import {
  DEMO_FORUM,
  DEMO_ORGANIZATION,
  DEMO_ORGANIZER,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_WORKSHOP,
} from './demo-data.js';

/**
 * Loads the demo installation through the domain services, so the data obeys the same rules
 * as anything created over HTTP. Every step looks for what it would create first: running it
 * twice changes nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly users: UserRepository,
    private readonly organizations: OrganizationService,
    private readonly events: EventService,
  ) {}

  async run(): Promise<void> {
    const admin = await this.seedAdmin();
    const organizer = await this.user(DEMO_ORGANIZER);
    const staff = await Promise.all(DEMO_STAFF.map((person) => this.user(person)));

    let organization = await this.dataSource.manager.findOneBy(Organization, {
      name: DEMO_ORGANIZATION,
    });
    organization ??= await this.organizations.create(admin, DEMO_ORGANIZATION);
    await this.organizations.setMember(admin, organization.id, organizer.email, 'organizer');
    for (const person of staff)
      await this.organizations.setMember(admin, organization.id, person.email, 'staff');

    const workshop = await this.event(organizer, organization.id, DEMO_WORKSHOP);
    for (const person of staff) await this.events.addStaff(organizer, workshop.id, person.email);
    const forum = await this.event(organizer, organization.id, DEMO_FORUM);
    await this.events.addStaff(organizer, forum.id, staff[0]!.email);

    this.logger.log(`Demo data ready: sign in as ${organizer.email} / ${DEMO_PASSWORD}`);
  }

  /** The configured admin when there is one, else a demo admin (only ever created by the seed). */
  private async seedAdmin(): Promise<User> {
    const configured = process.env.ADMIN_EMAIL
      ? await this.users.findByEmail(process.env.ADMIN_EMAIL)
      : null;
    if (configured?.isAdmin) return configured;
    await this.accounts.ensureAdmin('admin@gofar.local', DEMO_PASSWORD);
    return (await this.users.findByEmail('admin@gofar.local'))!;
  }

  private async user(person: { email: string; fullName: string }): Promise<User> {
    try {
      return await this.accounts.signup({ ...person, password: DEMO_PASSWORD });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'EMAIL_TAKEN')
        return (await this.users.findByEmail(person.email))!;
      throw error;
    }
  }

  private async event(
    organizer: User,
    organizationId: string,
    values: typeof DEMO_WORKSHOP | typeof DEMO_FORUM,
  ): Promise<Event> {
    const existing = await this.dataSource.manager.findOneBy(Event, {
      organizationId,
      title: values.title,
    });
    if (existing) return existing;
    const event = await this.events.create(organizer, { organizationId, ...values });
    await this.events.publish(organizer, event.id);
    return event;
  }
}
