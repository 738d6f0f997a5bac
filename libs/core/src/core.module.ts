import { Module } from '@nestjs/common';
import { AccountService } from './accounts/account.service.js';
import { UserRepository } from './accounts/user.repository.js';
import { EventAccessPolicy } from './events/event-access.js';
import { EventService } from './events/event.service.js';
import { MembershipRepository } from './organizations/membership.repository.js';
import { NotificationLog } from './notifications/notification-log.js';
import { NotificationScheduler } from './notifications/notification-scheduler.js';
import { OrganizationService } from './organizations/organization.service.js';
import { RegistrationLedger } from './registrations/registration-ledger.js';
import { RegistrationService } from './registrations/registration.service.js';

/** The domain services both apps use; the app provides the DataSource (DbModule). */
@Module({
  providers: [
    NotificationScheduler,
    UserRepository,
    AccountService,
    MembershipRepository,
    OrganizationService,
    EventAccessPolicy,
    RegistrationLedger,
    RegistrationService,
    NotificationLog,
    EventService,
  ],
  exports: [
    AccountService,
    UserRepository,
    MembershipRepository,
    OrganizationService,
    EventAccessPolicy,
    EventService,
    RegistrationService,
    NotificationLog,
  ],
})
export class CoreModule {}
