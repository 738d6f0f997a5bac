import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TerminusModule } from '@nestjs/terminus';
import { ConfigModule } from '#config/index.js';
import { CoreModule } from '#core/core.module.js';
import { DbModule } from '#db/index.js';
import { RedisModule } from '#queue/index.js';
import { AdminModule } from './admin/admin.module.js';
import { AccountEmailLimits } from './auth/account-email-limits.js';
import { AccountLifecycleController } from './auth/account-lifecycle.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { SessionController } from './auth/session.controller.js';
import { AuthRateLimitGuard } from './auth/auth-rate-limit.guard.js';
import { LoginSlowdown } from './auth/login-slowdown.js';
import { AuthGuard } from './common/auth/auth.guard.js';
import { SessionCookie } from './common/auth/session-cookie.js';
import { TokenService } from './common/auth/token.service.js';
import { ErrorFilter } from './common/http/error.filter.js';
import { createValidationPipe } from './common/http/validation.pipe.js';
import { EventsController } from './events/events.controller.js';
import { HealthController } from './health/health.controller.js';
import { MeController } from './me/me.controller.js';
import { OrganizationsController } from './organizations/organizations.controller.js';
import { RegistrationsController } from './registrations/registrations.controller.js';
import { ItineraryController } from './itinerary/itinerary.controller.js';
import { TeamsController } from './teams/teams.controller.js';
import { RoomsController } from './rooms/rooms.controller.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { ConsoleController } from './console/console.controller.js';
import { LetterLookupRateLimitGuard } from './letters/letter-lookup-rate-limit.guard.js';
import { LettersController } from './letters/letters.controller.js';
import { LoggingModule } from './logging.module.js';
import { TravelController } from './travel/travel.controller.js';
import { entities } from '#core/entities.js';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DbModule.forRoot('gofar-api', entities),
    RedisModule,
    CoreModule,
    JwtModule.register({}),
    TerminusModule.forRoot({ logger: false }),
    AdminModule,
  ],
  controllers: [
    AuthController,
    SessionController,
    AccountLifecycleController,
    MeController,
    OrganizationsController,
    EventsController,
    RegistrationsController,
    NotificationsController,
    ConsoleController,
    ItineraryController,
    TeamsController,
    RoomsController,
    LettersController,
    TravelController,
    HealthController,
  ],
  providers: [
    TokenService,
    AuthRateLimitGuard,
    LetterLookupRateLimitGuard,
    LoginSlowdown,
    SessionCookie,
    AccountEmailLimits,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
