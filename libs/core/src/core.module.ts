import { Module } from '@nestjs/common';
import { AccountLifecycleService } from './accounts/account-lifecycle.service.js';
import { AccountTokenRepository } from './accounts/account-token.repository.js';
import { AccountService } from './accounts/account.service.js';
import { BrowserSessionRepository } from './accounts/browser-session.repository.js';
import { BrowserSessionService } from './accounts/browser-session.service.js';
import { UserRepository } from './accounts/user.repository.js';
import { EventAccessService } from './events/event-access.service.js';
import { EventRepository } from './events/event.repository.js';
import { EventService } from './events/event.service.js';
import { CalendarFeedRepository } from './itinerary/calendar-feed.repository.js';
import { CalendarService } from './itinerary/calendar.service.js';
import { ItineraryAccessService } from './itinerary/itinerary-access.service.js';
import { ItineraryService } from './itinerary/itinerary.service.js';
import { ItineraryVersions } from './itinerary/itinerary-version.js';
import { SessionRepository } from './itinerary/session.repository.js';
import { SessionService } from './itinerary/session.service.js';
import { NotificationListService } from './notifications/notification-list.service.js';
import { NotificationRepository } from './notifications/notification.repository.js';
import { NotificationSchedulerService } from './notifications/notification-scheduler.service.js';
import { MembershipRepository } from './organizations/membership.repository.js';
import { OrganizationRepository } from './organizations/organization.repository.js';
import { OrganizationService } from './organizations/organization.service.js';
import { ReminderPlanRepository } from './reminders/reminder-plan.repository.js';
import { ReminderContextRepository } from './reminders/reminder-context.repository.js';
import { ReminderAnchorsService } from './reminders/reminder-anchors.service.js';
import { ReminderPlannerService } from './reminders/reminder-planner.service.js';
import { ReminderFanOutService } from './reminders/reminder-fan-out.service.js';
import { ReminderReconcilerService } from './reminders/reminder-reconciler.service.js';
import { DigestRepository } from './digests/digest.repository.js';
import { StaffDigestService } from './digests/staff-digest.service.js';
import { EventStatsRepository } from './stats/event-stats.repository.js';
import { EventStatsService } from './stats/event-stats.service.js';
import { RegistrationLedgerService } from './registrations/registration-ledger.service.js';
import { RegistrationRepository } from './registrations/registration.repository.js';
import { RegistrationService } from './registrations/registration.service.js';
import { MissionRepository } from './teams/mission.repository.js';
import { MissionService } from './teams/mission.service.js';
import { TeamAccessService } from './teams/team-access.service.js';
import { TeamRepository } from './teams/team.repository.js';
import { TeamService } from './teams/team.service.js';
import { DataEncryptionService } from './privacy/data-encryption.service.js';
import { AccommodationRepository } from './rooms/accommodation.repository.js';
import { AccommodationService } from './rooms/accommodation.service.js';
import { InvitationLetterRepository } from './letters/invitation-letter.repository.js';
import { InvitationLetterService } from './letters/invitation-letter.service.js';
import { PickupRepository } from './travel/pickup.repository.js';
import { PickupService } from './travel/pickup.service.js';
import { TravelService } from './travel/travel.service.js';

const services = [
  DataEncryptionService,
  PickupRepository,
  PickupService,
  TravelService,
  NotificationRepository,
  NotificationSchedulerService,
  UserRepository,
  BrowserSessionRepository,
  BrowserSessionService,
  AccountTokenRepository,
  AccountLifecycleService,
  AccountService,
  MembershipRepository,
  OrganizationRepository,
  OrganizationService,
  EventAccessService,
  EventRepository,
  EventService,
  RegistrationRepository,
  RegistrationLedgerService,
  RegistrationService,
  NotificationListService,
  ItineraryAccessService,
  SessionRepository,
  ItineraryService,
  ItineraryVersions,
  SessionService,
  CalendarFeedRepository,
  CalendarService,
  TeamAccessService,
  TeamRepository,
  TeamService,
  MissionRepository,
  MissionService,
  AccommodationRepository,
  AccommodationService,
  ReminderPlanRepository,
  ReminderContextRepository,
  ReminderAnchorsService,
  ReminderPlannerService,
  ReminderFanOutService,
  ReminderReconcilerService,
  DigestRepository,
  StaffDigestService,
  EventStatsRepository,
  EventStatsService,
  InvitationLetterRepository,
  InvitationLetterService,
];

/** The domain services both apps use; the app provides the DataSource (DbModule). */
@Module({ providers: services, exports: services })
export class CoreModule {}
