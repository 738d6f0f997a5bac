import { Module } from '@nestjs/common';
import { AccountService } from './accounts/account.service.js';
import { UserRepository } from './accounts/user.repository.js';
import { EventAccessPolicy } from './events/event-access.js';
import { EventService } from './events/event.service.js';
import { CalendarService } from './itinerary/calendar.service.js';
import { ItineraryAccess } from './itinerary/itinerary-access.js';
import { ItineraryService } from './itinerary/itinerary.service.js';
import { SessionRepository } from './itinerary/session.repository.js';
import { SessionService } from './itinerary/session.service.js';
import { NotificationLog } from './notifications/notification-log.js';
import { NotificationScheduler } from './notifications/notification-scheduler.js';
import { MembershipRepository } from './organizations/membership.repository.js';
import { OrganizationService } from './organizations/organization.service.js';
import { ReminderAnchors } from './reminders/reminder-anchors.js';
import { ReminderPlanner } from './reminders/reminder-planner.js';
import { ReminderFanOut } from './reminders/reminder-fan-out.js';
import { ReminderReconciler } from './reminders/reminder-reconciler.js';
import { StaffDigestService } from './digests/staff-digest.service.js';
import { RegistrationLedger } from './registrations/registration-ledger.js';
import { RegistrationService } from './registrations/registration.service.js';
import { MissionService } from './teams/mission.service.js';
import { TeamAccess } from './teams/team-access.js';
import { TeamService } from './teams/team.service.js';

const services = [
  NotificationScheduler,
  UserRepository,
  AccountService,
  MembershipRepository,
  OrganizationService,
  EventAccessPolicy,
  EventService,
  RegistrationLedger,
  RegistrationService,
  NotificationLog,
  ItineraryAccess,
  SessionRepository,
  ItineraryService,
  SessionService,
  CalendarService,
  TeamAccess,
  TeamService,
  MissionService,
  ReminderAnchors,
  ReminderPlanner,
  ReminderFanOut,
  ReminderReconciler,
  StaffDigestService,
];

/** The domain services both apps use; the app provides the DataSource (DbModule). */
@Module({ providers: services, exports: services })
export class CoreModule {}
