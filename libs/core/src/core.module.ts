import { Module } from '@nestjs/common';
import { AccountService } from './accounts/account.service.js';
import { UserRepository } from './accounts/user.repository.js';
import { EventAccessPolicy } from './events/event-access.js';
import { EventCountersReader } from './events/event-counters.js';
import { EventService } from './events/event.service.js';
import { MembershipRepository } from './organizations/membership.repository.js';
import { NotificationScheduler } from './notifications/notification-scheduler.js';
import { OrganizationService } from './organizations/organization.service.js';

/** The domain services both apps use; the app provides the DataSource (DbModule). */
@Module({
  providers: [
    NotificationScheduler,
    UserRepository,
    AccountService,
    MembershipRepository,
    OrganizationService,
    EventAccessPolicy,
    EventCountersReader,
    EventService,
  ],
  exports: [
    AccountService,
    UserRepository,
    MembershipRepository,
    OrganizationService,
    EventAccessPolicy,
    EventService,
  ],
})
export class CoreModule {}
