// Generated from the API's OpenAPI document by scripts/generate-api-types.mjs: do not edit.
export interface paths {
    "/api/v1/accommodations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoomsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accommodations/{id}/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoomsController_autoAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accommodations/{id}/rooming-list.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoomsController_roomingList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accommodations/{id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoomsController_addRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue dashboard (/admin/queues) in a browser
         * @description Admins only. Sets the `gofar_queues` cookie (HttpOnly, SameSite=Strict, Path=/admin/queues, 15 minutes), which the dashboard at /admin/queues accepts in place of credentials; the admin is re-checked on every dashboard request. /admin/queues also accepts HTTP basic auth (an admin email and password; failures count against the auth rate limit) and `Authorization: Bearer` with an admin token; without any it answers 401 with `WWW-Authenticate: Basic realm="Gofar queues"`, and 403 FORBIDDEN to a non-admin.
         */
        post: operations["QueueDashboardSessionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/airports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TravelController_airports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link
         * @description Always 202 with the same body, for known and unknown emails alike and over the limits (then nothing is sent). Limits: per client address (AUTH_RATE_LIMIT_PER_MINUTE) and one email a minute per email address. The link (/reset-password?token=) works once, for 1 hour.
         */
        post: operations["AccountLifecycleController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the token of an emailed reset link
         * @description Revokes every session and access token of the account; sign in again afterwards. The address counts as verified from then on.
         */
        post: operations["AccountLifecycleController_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in account of this browser
         * @description Answers 401 UNAUTHENTICATED when the request carries no live session cookie.
         */
        get: operations["SessionController_current"];
        put?: never;
        /**
         * Sign in a browser: sets the gofar_session cookie
         * @description Same checks, errors, rate limit and slowdown as POST /auth/login. The request must carry `Origin` equal to the origin of PUBLIC_URL (or, without `Origin`, `Sec-Fetch-Site: same-origin`), else 403 CSRF_REJECTED. No access token is returned: the cookie is the credential, valid for JWT_TTL unless signed out or revoked.
         */
        post: operations["SessionController_signIn"];
        /**
         * Sign this browser out
         * @description Revokes the session of the cookie (its value answers 401 from then on) and clears the cookie. Answers 204 also when the session had already ended.
         */
        delete: operations["SessionController_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out everywhere
         * @description Revokes every browser session and every access token of the caller, the one of this request included; clears the cookie when it came with one.
         */
        delete: operations["SessionController_signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the email address with the token of an emailed link */
        post: operations["AccountLifecycleController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new verification link
         * @description At most one verification email a minute per user (the welcome email counts); more requests are answered the same and send nothing. A new link voids the earlier ones.
         */
        post: operations["AccountLifecycleController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_personalCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_list"];
        put?: never;
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/api/v1/events/{id}/accommodations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoomsController_list"];
        put?: never;
        post: operations["RoomsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_digest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/flights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TravelController_flights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/itinerary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_eventItinerary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/itinerary.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_eventCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_leaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/missions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_listMissions"];
        put?: never;
        post: operations["TeamsController_createMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/pickups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TravelController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/pickups/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TravelController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistrationsController_list"];
        put?: never;
        post: operations["RegistrationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistrationsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_list"];
        put?: never;
        post: operations["ItineraryController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_staff"];
        put?: never;
        post: operations["EventsController_addStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["EventsController_removeStaff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_eventStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/teams/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeamsController_autoAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TravelController_missing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your name, language or time zone
         * @description `locale` is one of en, ko, vi, th, id; `timezone` an IANA zone (stored canonical; null clears it).
         */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/calendar-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_calendarUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-url/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ItineraryController_rotateCalendarUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/itinerary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_myItinerary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Revokes every other session and every access token issued before; answers with a fresh access token, and sets a fresh session cookie when called with the cookie. A wrong current password is 422 INVALID_CREDENTIALS, throttled like login.
         */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistrationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/missions/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_listSubmissions"];
        put?: never;
        post: operations["TeamsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_list"];
        put?: never;
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_members"];
        put?: never;
        post: operations["OrganizationsController_setMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganizationsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pickups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TravelController_patch"];
        trace?: never;
    };
    "/api/v1/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistrationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistrationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistrationsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistrationsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/invitation-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LettersController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/invitation-letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/invitation-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistrationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TravelController_get"];
        put: operations["TravelController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}/occupants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoomsController_addOccupant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rooms/{id}/occupants/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["RoomsController_removeOccupant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ItineraryController_get"];
        put?: never;
        post?: never;
        delete: operations["ItineraryController_remove"];
        options?: never;
        head?: never;
        patch: operations["ItineraryController_update"];
        trace?: never;
    };
    "/api/v1/submissions/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeamsController_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeamsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["TeamsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedDto: {
            /** @example If an account exists for this email, a link is on its way. */
            message: string;
        };
        AccommodationDto: {
            address: string | null;
            /** Format: date */
            checkInOn: string;
            /** Format: date */
            checkOutOn: string;
            city: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Nights between checkInOn and checkOutOn */
            nights: number;
            rooms: components["schemas"]["RoomDto"][];
            /** @example Asia/Seoul */
            timezone: string;
            /** @description Confirmed participants of the event without a room here */
            unassigned: components["schemas"]["UnassignedParticipantDto"][];
        };
        AccommodationListDto: {
            items: components["schemas"]["AccommodationDto"][];
            nextCursor: string | null;
        };
        AddEventStaffDto: {
            /** @description A staff member or organizer of the event’s organization */
            email: string;
        };
        AddOccupantDto: {
            /** Format: uuid */
            registrationId: string;
        };
        AddTeamMemberDto: {
            /** Format: uuid */
            registrationId: string;
        };
        AirportDto: {
            /** @example Seoul */
            city: string;
            /** @example KR */
            country: string | null;
            /** @example ICN */
            iata: string;
            /** @example Incheon International Airport */
            name: string;
            /** @example Asia/Seoul */
            timezone: string;
        };
        AirportListDto: {
            items: components["schemas"]["AirportDto"][];
        };
        ArrivalDto: {
            airport: string | null;
            /** @description UTC */
            arrivesAt: string | null;
            flightNumber: string | null;
            /**
             * @description arrivesAt in the airport’s zone
             * @example 2027-07-11T15:40:00+09:00
             */
            localArrival: string | null;
            /** @enum {string} */
            mode: "flight" | "ground" | "none";
            terminal: string | null;
            /** @description The airport’s zone */
            timezone: string | null;
        };
        ArrivalInputDto: {
            /**
             * @description IATA code the platform knows (see GET /airports); required for a flight
             * @example ICN
             */
            airport?: string | null;
            /**
             * @description With Z or the airport zone’s offset at that moment (else 422 OFFSET_MISMATCH); required for a flight
             * @example 2027-07-11T15:40:00+09:00
             */
            arrivesAt?: string | null;
            /**
             * @description Required for a flight
             * @example VN416
             */
            flightNumber?: string | null;
            /** @enum {string} */
            mode: "flight" | "ground" | "none";
            /** @example T2 */
            terminal?: string | null;
        };
        AuthSessionDto: {
            /** @description Send as `Authorization: Bearer <accessToken>`; expires after JWT_TTL */
            accessToken: string;
            user: components["schemas"]["UserDto"];
        };
        AutoAssignDto: {
            /** @example 6 */
            teamSize: number;
        };
        AutoAssignRoomsDto: {
            /** @description Confirmed registrations to place (default: all of the event’s) */
            registrationIds?: string[];
        };
        BrowserSessionDto: {
            user: components["schemas"]["MeDto"];
        };
        CalendarUrlDto: {
            /** @description A secret personal feed; keep it private */
            url: string;
        };
        ChangePasswordDto: {
            /** @example the current passphrase */
            currentPassword: string;
            /** @example a new long passphrase */
            newPassword: string;
        };
        CreateAccommodationDto: {
            address?: string | null;
            /**
             * Format: date
             * @description Local date; minors are under 18 on this date
             * @example 2027-07-11
             */
            checkInOn: string;
            /**
             * Format: date
             * @description After checkInOn
             * @example 2027-07-16
             */
            checkOutOn: string;
            /** @example Seoul */
            city: string;
            /** @example Hotel Skypark Myeongdong */
            name: string;
            /**
             * @description IANA zone of the place
             * @example Asia/Seoul
             */
            timezone: string;
        };
        CreateEventDto: {
            /** @example 48 */
            capacity: number;
            /**
             * @description Caps on confirmed registrations per ISO 3166-1 alpha-2 nationality
             * @example {
             *       "VN": 5,
             *       "KR": 8
             *     }
             */
            countryQuotas?: {
                [key: string]: number;
            };
            /** @description Cap for nationalities not in countryQuotas; null is unlimited, 0 makes them ineligible */
            defaultCountryQuota?: number | null;
            description?: string | null;
            /**
             * Format: date
             * @description Local date in `timezone`, on or after startsOn, 1900–2199
             * @example 2027-07-20
             */
            endsOn: string;
            /**
             * @description How long before the event starts (startsAt) each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most 366 days; months and years are refused. At most 10, no repeats.
             * @default [
             *       "P7D",
             *       "P1D"
             *     ]
             * @example [
             *       "P7D",
             *       "P1D"
             *     ]
             */
            eventReminderOffsets: string[];
            /**
             * @default participants
             * @enum {string}
             */
            itineraryVisibility: "public" | "participants";
            /** @enum {string} */
            kind: "workshop" | "forum" | "conference" | "seminar" | "other";
            /**
             * @description Who covers which costs, as invitation letters state it (required to issue one)
             * @example The organizer covers accommodation, meals, local transport and the flight from Seoul to Hanoi; participants cover their international flights.
             */
            letterCostsCoveredBy?: string | null;
            /** @description Who signs the event’s visa invitation letters (required to issue one) */
            letterSignatory?: components["schemas"]["LetterSignatoryDto"] | null;
            /**
             * @description How long before a mission is due each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most 366 days; months and years are refused. At most 10, no repeats.
             * @default [
             *       "P1D"
             *     ]
             * @example [
             *       "P1D"
             *     ]
             */
            missionReminderOffsets: string[];
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: date-time
             * @description Default: startsAt. An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-06-01T18:00:00+09:00
             */
            registrationClosesAt?: string | null;
            /**
             * Format: date-time
             * @description Default: when published. An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-03-01T09:00:00+09:00
             */
            registrationOpensAt?: string | null;
            requiresApproval: boolean;
            /**
             * @description Accept registrations only from accounts with a verified email address (else 422 EMAIL_NOT_VERIFIED)
             * @default false
             */
            requireVerifiedEmail: boolean;
            /**
             * @description How long before a session starts each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most 366 days; months and years are refused. At most 10, no repeats.
             * @default [
             *       "PT1H"
             *     ]
             * @example [
             *       "PT1H"
             *     ]
             */
            sessionReminderOffsets: string[];
            /**
             * Format: date
             * @description Local date in `timezone`, 1900–2199
             * @example 2027-07-12
             */
            startsOn: string;
            /**
             * @description IANA zone where startsOn and endsOn are calendar dates
             * @example Asia/Seoul
             */
            timezone: string;
            /** @example ASEAN-Korea Youth Network Workshop 2027 */
            title: string;
        };
        CreateMissionDto: {
            description?: string | null;
            /**
             * Format: date-time
             * @description Due time: an ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-07-19T18:00:00+07:00
             */
            dueAt: string;
            /** @example 100 */
            maxScore: number;
            /**
             * Format: uuid
             * @description A team_mission session of the event
             */
            sessionId?: Record<string, never> | null;
            /** @example A campaign for plastic-free campuses */
            title: string;
        };
        CreateOrganizationDto: {
            /** @example ASEAN-Korea Youth Centre */
            name: string;
        };
        CreateRegistrationDto: {
            /**
             * Format: date
             * @description A calendar date, 1900–2199
             * @example 2001-04-09
             */
            dateOfBirth: string;
            /**
             * @example [
             *       "halal",
             *       "vegetarian"
             *     ]
             */
            dietaryRequirements?: string[];
            emergencyContact: components["schemas"]["EmergencyContactDto"];
            /** @enum {string|null} */
            gender?: "female" | "male" | "other" | "undisclosed" | null;
            guardian?: components["schemas"]["GuardianDto"] | null;
            /** @description Seen only by you, organizers and event staff; never emailed */
            medicalNotes?: string | null;
            motivation?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            nationality: string;
        };
        CreateRoomDto: {
            /** @example 2 */
            beds: number;
            /**
             * @description Unique within the accommodation
             * @example 1204
             */
            label: string;
        };
        CreateSessionDto: {
            description?: string | null;
            /**
             * Format: date-time
             * @description After startsAt; an ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-07-12T10:30:00+09:00
             */
            endsAt: string;
            /**
             * @description Where it ends (travel legs); default timezone
             * @example Asia/Ho_Chi_Minh
             */
            endTimezone?: Record<string, never>;
            /** @default false */
            mandatory: boolean;
            /**
             * Format: date-time
             * @description An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199; stored in UTC
             * @example 2027-07-12T09:00:00+09:00
             */
            startsAt: string;
            /**
             * @description Where the session starts
             * @example Asia/Seoul
             */
            timezone: string;
            /** @example Opening lecture: ASEAN and Korea, 35 years of dialogue */
            title: string;
            /** @enum {string} */
            type: "lecture" | "site_visit" | "team_mission" | "cultural_exchange" | "travel" | "meal" | "ceremony" | "free_time" | "other";
            venue?: components["schemas"]["VenueDto"] | null;
        };
        CreateSubmissionDto: {
            content: string;
            /** @example https://example.org/our-pitch */
            url?: string | null;
        };
        DepartureDto: {
            airport: string | null;
            /** @description UTC */
            departsAt: string | null;
            flightNumber: string | null;
            /**
             * @description departsAt in the airport’s zone
             * @example 2027-07-20T23:55:00+07:00
             */
            localDeparture: string | null;
            /** @enum {string} */
            mode: "flight" | "ground" | "none";
            terminal: string | null;
            /** @description The airport’s zone */
            timezone: string | null;
        };
        DepartureInputDto: {
            /**
             * @description IATA code the platform knows (see GET /airports); required for a flight
             * @example ICN
             */
            airport?: string | null;
            /**
             * @description With Z or the airport zone’s offset at that moment (else 422 OFFSET_MISMATCH); required for a flight
             * @example 2027-07-20T23:55:00+07:00
             */
            departsAt?: string | null;
            /**
             * @description Required for a flight
             * @example VN416
             */
            flightNumber?: string | null;
            /** @enum {string} */
            mode: "flight" | "ground" | "none";
            /** @example T2 */
            terminal?: string | null;
        };
        DietaryCountDto: {
            /** @example 4 */
            count: number;
            /** @example halal */
            need: string;
        };
        DigestChangeDto: {
            /** @description UTC */
            at: string;
            /** @description null for a new registration */
            from: string | null;
            fullName: string;
            /** @example VN */
            nationality: string;
            /** Format: uuid */
            registrationId: string;
            /** @example confirmed */
            to: string;
        };
        DigestDto: {
            /** @description Registration changes in the window, all counted */
            changeCount: number;
            /** @description Oldest first (at most 500 listed) */
            changes: components["schemas"]["DigestChangeDto"][];
            /** @description UTC: the previous digest’s time, or publication for the first */
            changesSince: string;
            /** @description UTC: this digest’s time */
            changesUntil: string;
            /** @description Confirmed participants now */
            confirmed: number;
            /**
             * @description The local date the digest covers
             * @example 2027-07-17
             */
            date: string;
            /** @description Most frequent first */
            dietary: components["schemas"]["DietaryCountDto"][];
            /** @description 07:00 that day in timezone, UTC: when the email goes out */
            digestAt: string;
            /** Format: uuid */
            eventId: string;
            eventTitle: string;
            /** @description Who they are and what the notes say (never in the email) */
            participantsWithMedicalNotes: components["schemas"]["MedicalNoteDto"][];
            /** @description Whether the day has sessions (an email is sent only then) */
            scheduled: boolean;
            /** @description The day’s sessions, with local times */
            sessions: components["schemas"]["SessionDto"][];
            /**
             * @description The zone of that day’s first session (the event’s zone on a day without sessions)
             * @example Asia/Ho_Chi_Minh
             */
            timezone: string;
            /** @description Confirmed participants with medical notes (the email’s count) */
            withMedicalNotes: number;
        };
        EmergencyContactDto: {
            /** @example Nguyen Van Binh */
            name: string;
            /** @example +84 912 345 678 */
            phone: string;
            /** @example father */
            relationship: string;
        };
        ErrorBodyDto: {
            /** @example INVALID_STATE */
            code: string;
            details?: components["schemas"]["ErrorDetailDto"][];
            /** @example Only a draft can be published; this event is published */
            message: string;
            /** @example 409 */
            statusCode: number;
        };
        ErrorDetailDto: {
            /** @example isIanaZone */
            constraint: string;
            /** @example timezone */
            field: string;
            /** @example timezone must be an IANA time zone such as Asia/Seoul */
            message: string;
        };
        EventDto: {
            cancelledAt: string | null;
            capacity: number;
            countryQuotas: {
                [key: string]: number;
            };
            createdAt: string;
            defaultCountryQuota: number | null;
            description: string | null;
            /** @example 2027-07-20 */
            endsOn: string;
            eventReminderOffsets: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            itineraryVisibility: "public" | "participants";
            /** @enum {string} */
            kind: "workshop" | "forum" | "conference" | "seminar" | "other";
            /** @description Who covers which costs (invitation letters) */
            letterCostsCoveredBy: string | null;
            /** @description Signs visa invitation letters */
            letterSignatory: components["schemas"]["LetterSignatoryDto"] | null;
            missionReminderOffsets: string[];
            /** Format: uuid */
            organizationId: string;
            /** @description Read-only: pending registrations hold no seat */
            pendingCount: number;
            publishedAt: string | null;
            registrationClosesAt: string | null;
            registrationOpensAt: string | null;
            requiresApproval: boolean;
            /** @description Registrations only from accounts with a verified email address */
            requireVerifiedEmail: boolean;
            /** @description Read-only: capacity - seatsTaken */
            seatsLeft: number;
            /** @description Read-only: confirmed registrations */
            seatsTaken: number;
            sessionReminderOffsets: string[];
            /** @description Read-only: the first session’s start, or 00:00 of startsOn in timezone (UTC) */
            startsAt: string;
            /** @example 2027-07-12 */
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            /** @example Asia/Seoul */
            timezone: string;
            title: string;
            updatedAt: string;
            /** @description Read-only */
            waitlistCount: number;
        };
        EventListDto: {
            items: components["schemas"]["EventDto"][];
            nextCursor: string | null;
        };
        EventStaffDto: {
            createdAt: string;
            email: string;
            /** Format: uuid */
            eventId: string;
            fullName: string;
            /** Format: uuid */
            userId: string;
        };
        EventStaffListDto: {
            items: components["schemas"]["EventStaffDto"][];
            nextCursor: string | null;
        };
        EventStatsDto: {
            cancelledCount: number;
            capacity: number;
            /**
             * @description Confirmed registrations per nationality
             * @example {
             *       "VN": 5,
             *       "KR": 8
             *     }
             */
            confirmedByCountry: {
                [key: string]: number;
            };
            /**
             * @description The event’s quotas per nationality
             * @example {
             *       "VN": 5,
             *       "KR": 8
             *     }
             */
            countryQuotas: {
                [key: string]: number;
            };
            /** @description Quota of unlisted nationalities */
            defaultCountryQuota: number | null;
            /** Format: uuid */
            eventId: string;
            notificationsToday: components["schemas"]["NotificationsTodayDto"];
            pendingCount: number;
            /** @description Registrations made per local date in the event’s zone (days with any), oldest first */
            registrationsPerDay: components["schemas"]["RegistrationsOnDayDto"][];
            rejectedCount: number;
            seatsLeft: number;
            /** @description Confirmed registrations */
            seatsTaken: number;
            /**
             * @description The event’s zone: days are local there
             * @example Asia/Seoul
             */
            timezone: string;
            /**
             * @description Today in the event’s zone
             * @example 2027-05-02
             */
            today: string;
            waitlistCount: number;
        };
        FlightItemDto: {
            /** @example ICN */
            airport: string;
            airportName: string | null;
            /** @description UTC */
            at: string;
            city: string | null;
            /** @enum {string} */
            direction: "arrival" | "departure";
            /** @example VN416 */
            flightNumber: string;
            fullName: string;
            /**
             * @description at in the airport’s zone
             * @example 2027-07-11T15:40:00+09:00
             */
            local: string;
            /**
             * @description The calendar day at the airport
             * @example 2027-07-11
             */
            localDate: string;
            nationality: string;
            /** Format: uuid */
            registrationId: string;
            terminal: string | null;
            /**
             * @description The airport’s zone
             * @example Asia/Seoul
             */
            timezone: string;
        };
        FlightListDto: {
            items: components["schemas"]["FlightItemDto"][];
            nextCursor: string | null;
        };
        GuardianDto: {
            /** @description The guardian’s consent; must be true for a participant under 18 */
            consent: boolean;
            email?: string | null;
            /** @example Nguyen Van Binh */
            name: string;
            /** @example +84 912 345 678 */
            phone: string;
            /** @example father */
            relationship: string;
        };
        InvitationLetterDto: {
            /** @example KR */
            country: string;
            /** Format: date-time */
            issuedAt: string;
            /** @example GF-7KQ4-M2XD-9TPA-3VHC */
            reference: string;
            /**
             * @description Where the registrant and organizers download the PDF (signed in)
             * @example /api/v1/registrations/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/invitation-letter.pdf?country=KR
             */
            url: string;
        };
        InvitationLetterListDto: {
            items: components["schemas"]["InvitationLetterDto"][];
        };
        IssueLetterDto: {
            /**
             * @description Destination country (ISO 3166-1 alpha-2, any case); must be in the travel record’s visaNeededFor
             * @example KR
             */
            country: string;
        };
        ItineraryAccommodationDto: {
            /** Format: date */
            checkInOn: string;
            /** Format: date */
            checkOutOn: string;
            city: string;
            name: string;
            room: string;
            roommates: components["schemas"]["RoommateDto"][];
        };
        ItineraryDayDto: {
            /**
             * @description Local date where the sessions happen
             * @example 2027-07-17
             */
            date: string;
            sessions: components["schemas"]["SessionDto"][];
            /**
             * @description Zone of the day’s first session
             * @example Asia/Seoul
             */
            timezone: string;
        };
        ItineraryDto: {
            days: components["schemas"]["ItineraryDayDto"][];
            warnings: components["schemas"]["ItineraryWarningDto"][];
        };
        ItineraryMissionDto: {
            /** @description UTC */
            dueAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description dueAt in the event’s zone
             * @example 2027-07-19T20:00:00+09:00
             */
            localDue: string;
            /** @description Your team has a current submission */
            submitted: boolean;
            title: string;
        };
        ItineraryPickupDto: {
            /** @example ICN */
            airport: string;
            /**
             * @description meetAt in the airport’s zone
             * @example 2027-07-11T16:25:00+09:00
             */
            localMeet: string;
            /** @description UTC */
            meetAt: string;
            /** @example Exit 4, Gofar sign */
            note: string | null;
            /**
             * @description The airport’s zone
             * @example Asia/Seoul
             */
            timezone: string;
        };
        ItineraryTeamDto: {
            /** Format: uuid */
            id: string;
            /** @description Teammates as name and nationality only */
            members: components["schemas"]["ItineraryTeamMemberDto"][];
            name: string;
        };
        ItineraryTeamMemberDto: {
            fullName: string;
            nationality: string;
        };
        ItineraryWarningDto: {
            /** @enum {string} */
            code: "MANDATORY_OVERLAP";
            sessionIds: string[];
        };
        LeaderboardDto: {
            items: components["schemas"]["LeaderboardEntryDto"][];
            nextCursor: string | null;
        };
        LeaderboardEntryDto: {
            missions: {
                missionId?: string;
                score?: number | null;
            }[];
            name: string;
            rank: number;
            /** Format: uuid */
            teamId: string;
            total: number;
        };
        LetterEventDto: {
            /**
             * Format: date
             * @example 2027-07-20
             */
            endsOn: string;
            /**
             * Format: date
             * @example 2027-07-12
             */
            startsOn: string;
            title: string;
        };
        LetterSignatoryDto: {
            /** @example Kim Soo-jin */
            name: string;
            /** @example Secretary General, ASEAN-Korea Centre */
            title: string;
        };
        LetterVerificationDto: {
            /** @example KR */
            country: string;
            event: components["schemas"]["LetterEventDto"];
            /** Format: date-time */
            issuedAt: string;
            /**
             * @description Initials of the name as in the passport; null once the content is erased
             * @example N. T. A.
             */
            participantInitials: string | null;
            /** @description A newer letter for the same person and country replaced it */
            superseded: boolean;
            /** @description Not superseded, the registration still confirmed, the account not erased and the content not erased by retention */
            valid: boolean;
        };
        LoginDto: {
            /** @example linh.nguyen@example.org */
            email: string;
            /** @example a long passphrase */
            password: string;
        };
        MedicalNoteDto: {
            fullName: string;
            medicalNotes: string;
            /** @example VN */
            nationality: string;
            /** Format: uuid */
            registrationId: string;
        };
        MeDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /**
             * Format: date-time
             * @description When the email address was verified; null until then
             */
            emailVerifiedAt: string | null;
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @description Runs the installation: creates organizations and names their organizers */
            isAdmin: boolean;
            /**
             * @description The language of their emails and of the web app
             * @enum {string}
             */
            locale: "en" | "ko" | "vi" | "th" | "id";
            memberships: components["schemas"]["MyMembershipDto"][];
            /**
             * @description IANA zone for "your time"; null until chosen
             * @example Asia/Ho_Chi_Minh
             */
            timezone: string | null;
        };
        MembershipDto: {
            createdAt: string;
            email?: string;
            fullName?: string;
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "organizer" | "staff";
            /** Format: uuid */
            userId: string;
        };
        MembershipListDto: {
            items: components["schemas"]["MembershipDto"][];
            nextCursor: string | null;
        };
        MissingTravelItemDto: {
            fullName: string;
            missing: ("arrival" | "departure" | "passport" | "phone")[];
            nationality: string;
            /** Format: uuid */
            registrationId: string;
            /** Format: uuid */
            userId: string;
        };
        MissingTravelListDto: {
            items: components["schemas"]["MissingTravelItemDto"][];
            nextCursor: string | null;
        };
        MissionDto: {
            description: string | null;
            /** @description UTC */
            dueAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * @description dueAt in the event’s zone
             * @example 2027-07-19T20:00:00+09:00
             */
            localDue: string;
            maxScore: number;
            /** Format: uuid */
            sessionId: string | null;
            /**
             * @description dueAt in the linked session’s zone
             * @example 2027-07-19T18:00:00+07:00
             */
            sessionLocalDue?: string;
            title: string;
        };
        MissionListDto: {
            items: components["schemas"]["MissionDto"][];
            nextCursor: string | null;
        };
        MissionSubmissionDto: {
            content: string;
            createdAt: string;
            feedback: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            missionId: string;
            score: number | null;
            scoredAt: string | null;
            /** @description When it was submitted (UTC) */
            submittedAt: string;
            /** Format: uuid */
            submittedBy: string;
            superseded: boolean;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            url: string | null;
        };
        MissionSubmissionListDto: {
            items: components["schemas"]["MissionSubmissionDto"][];
            nextCursor: string | null;
        };
        MyItineraryDto: {
            /** @description Where the participant sleeps; roommates as a name and a nationality only */
            accommodation: components["schemas"]["ItineraryAccommodationDto"][];
            days: components["schemas"]["ItineraryDayDto"][];
            event: components["schemas"]["EventDto"];
            missions: components["schemas"]["ItineraryMissionDto"][];
            /** @description Your airport pickups */
            pickups: components["schemas"]["ItineraryPickupDto"][];
            team: components["schemas"]["ItineraryTeamDto"] | null;
            warnings: components["schemas"]["ItineraryWarningDto"][];
        };
        MyMembershipDto: {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "organizer" | "staff";
        };
        NotificationDto: {
            attempts: number;
            fireAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "registration_received" | "registration_confirmed" | "registration_waitlisted" | "registration_promoted" | "registration_rejected" | "registration_cancelled" | "event_cancelled" | "session_changed" | "session_cancelled" | "event_reminder" | "session_reminder" | "mission_reminder" | "staff_registration" | "staff_cancellation" | "staff_event_cancelled" | "staff_submission" | "submission_scored" | "staff_digest" | "welcome" | "membership" | "email_verification" | "password_reset" | "invitation_letter_issued" | "pickup_assigned" | "pickup_changed" | "pickup_reminder";
            lastError: string | null;
            reason: string | null;
            /** @description The recipient’s email address */
            recipient: string;
            /** Format: uuid */
            recipientId: string;
            sentAt: string | null;
            /** @enum {string} */
            status: "scheduled" | "sending" | "sent" | "failed" | "skipped";
            /** Format: uuid */
            subjectId: string;
        };
        NotificationListDto: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
        };
        NotificationsTodayDto: {
            /** @description Failed today (their last attempt was today) */
            failed: number;
            /** @description Still scheduled, due today */
            scheduled: number;
            /** @description Sent today */
            sent: number;
        };
        OccupantDto: {
            fullName: string;
            /** @description Under 18 on the accommodation’s checkInOn */
            minor: boolean;
            /** @example VN */
            nationality: string;
            /** Format: uuid */
            registrationId: string;
            /**
             * @description As stated in the travel record, else from gender (other or none: single)
             * @enum {string}
             */
            roomSharing: "female" | "male" | "single";
            /** Format: uuid */
            userId: string;
        };
        OrganizationDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        OrganizationListDto: {
            items: components["schemas"]["OrganizationDto"][];
            nextCursor: string | null;
        };
        PassportDto: {
            expiresOn: string;
            fullNameAsInPassport: string;
            issuingCountry: string;
            number: string;
        };
        PassportInputDto: {
            /** @example 2030-01-31 */
            expiresOn: string;
            /** @example NGUYEN THI ANH */
            fullNameAsInPassport: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            issuingCountry: string;
            /**
             * @description Encrypted at rest; shown only to the registrant and organizers
             * @example C1234567
             */
            number: string;
        };
        PasswordResetConfirmDto: {
            /** @example a new long passphrase */
            password: string;
            /** @description The `token` of the emailed /reset-password link */
            token: string;
        };
        PasswordResetRequestDto: {
            /** @example linh.nguyen@example.org */
            email: string;
        };
        PickupConflictDto: {
            airport: string | null;
            /** @description The arrival now in the travel record */
            arrivesAt: string | null;
            /** @enum {string} */
            reason: "arrival_changed" | "not_arriving_here";
        };
        PickupDto: {
            /** @example ICN */
            airport: string;
            /** Format: uuid */
            id: string;
            /**
             * @description meetAt in the airport’s zone
             * @example 2027-07-11T16:25:00+09:00
             */
            localMeet: string;
            locked: boolean;
            /** @description UTC */
            meetAt: string;
            note: string | null;
            participants: components["schemas"]["PickupParticipantDto"][];
            staff: components["schemas"]["PickupStaffDto"][];
            /** @example Asia/Seoul */
            timezone: string;
        };
        PickupListDto: {
            items: components["schemas"]["PickupDto"][];
            /** @description The next page’s cursor; null on the last page (always null after planning) */
            nextCursor: string | null;
        };
        PickupParticipantDto: {
            /** @description The arrival the pickup was planned for (UTC) */
            arrivesAt: string;
            conflict: components["schemas"]["PickupConflictDto"] | null;
            flightNumber: string | null;
            fullName: string;
            /** @description Staff and organizers only */
            phone?: string | null;
            /** Format: uuid */
            registrationId: string;
        };
        PickupStaffDto: {
            fullName: string;
            /** Format: uuid */
            id: string;
        };
        PlanPickupsDto: {
            /** @example ICN */
            airport: string;
            /** @default 45 */
            bufferMinutes: number;
            /** @description No limit when absent */
            maxGroupSize?: number | null;
            /** @default 90 */
            windowMinutes: number;
        };
        PutTravelDto: {
            arrival?: components["schemas"]["ArrivalInputDto"] | null;
            departure?: components["schemas"]["DepartureInputDto"] | null;
            /** @description Absent keeps the stored passport; null erases it */
            passport?: components["schemas"]["PassportInputDto"] | null;
            /**
             * @description E.164
             * @example +84901234567
             */
            phone?: string | null;
            /** @enum {string|null} */
            roomSharing?: "female" | "male" | "single" | null;
            /**
             * @description Destination countries needing a visa
             * @example [
             *       "KR"
             *     ]
             */
            visaNeededFor?: string[];
        };
        QueueDashboardSessionDto: {
            /**
             * @description When the `gofar_queues` cookie stops being accepted (15 minutes from now)
             * @example 2026-07-20T09:15:00.000Z
             */
            expiresAt: string;
            /**
             * @description Open this path in the same browser
             * @example /admin/queues
             */
            url: string;
        };
        RegistrationChangeDto: {
            at: string;
            /** @description User id; null when the system changed it (a promotion) */
            by: string | null;
            /** @enum {string|null} */
            from: "pending" | "confirmed" | "waitlisted" | "rejected" | "cancelled" | null;
            reason: string | null;
            /** @enum {string} */
            to: "pending" | "confirmed" | "waitlisted" | "rejected" | "cancelled";
        };
        RegistrationDto: {
            /** @enum {string|null} */
            cancelledBy: "participant" | "organizer" | "event" | null;
            confirmedAt: string | null;
            createdAt: string;
            dateOfBirth: string;
            dietaryRequirements: string[];
            email?: string;
            /** @description Whether the registrant’s email address is verified; present with fullName and email */
            emailVerified?: boolean;
            emergencyContact: {
                name?: string;
                phone?: string;
                relationship?: string;
            };
            /** Format: uuid */
            eventId: string;
            /** @description Present when the caller may see the person (organizers, staff, the registrant) */
            fullName?: string;
            /** @enum {string|null} */
            gender: "female" | "male" | "other" | "undisclosed" | null;
            guardian: {
                consent?: boolean;
                consentedAt?: string;
                email?: string | null;
                name?: string;
                phone?: string;
                relationship?: string;
            } | null;
            /** Format: uuid */
            id: string;
            medicalNotes: string | null;
            motivation: string | null;
            nationality: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "waitlisted" | "rejected" | "cancelled";
            updatedAt: string;
            /** Format: uuid */
            userId: string;
            /** @description Waitlisted only: 1 + those waitlisted earlier, computed when read */
            waitlistPosition?: number;
        };
        RegistrationHistoryDto: {
            items: components["schemas"]["RegistrationChangeDto"][];
        };
        RegistrationListDto: {
            items: components["schemas"]["RegistrationDto"][];
            nextCursor: string | null;
        };
        RegistrationsOnDayDto: {
            /**
             * @description Registrations made that day, whatever their status now
             * @example 12
             */
            count: number;
            /**
             * @description Local date in the event’s zone
             * @example 2027-05-02
             */
            date: string;
        };
        RejectRegistrationDto: {
            reason?: string | null;
        };
        RoomDto: {
            /** Format: uuid */
            accommodationId: string;
            beds: number;
            /** Format: uuid */
            id: string;
            label: string;
            occupants: components["schemas"]["OccupantDto"][];
        };
        RoomListDto: {
            items: components["schemas"]["RoomDto"][];
            nextCursor: string | null;
        };
        RoommateDto: {
            fullName: string;
            nationality: string;
        };
        ScoreSubmissionDto: {
            feedback?: string | null;
            /** @description From 0 to the mission’s maxScore */
            score: number;
        };
        SessionDto: {
            description: string | null;
            /** @description UTC */
            endsAt: string;
            /** @example Asia/Ho_Chi_Minh */
            endTimezone: string;
            /** @example +07:00 */
            endUtcOffset: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Start date in timezone
             * @example 2027-07-17
             */
            localDate: string;
            /** @example 12:30 */
            localEnd: string;
            /**
             * @description End date in endTimezone
             * @example 2027-07-17
             */
            localEndDate: string;
            /** @example 10:00 */
            localStart: string;
            mandatory: boolean;
            /** @description Rises by one on every change */
            sequence: number;
            /** @description UTC */
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @example Asia/Seoul */
            timezone: string;
            title: string;
            /** @enum {string} */
            type: "lecture" | "site_visit" | "team_mission" | "cultural_exchange" | "travel" | "meal" | "ceremony" | "free_time" | "other";
            /** @example +09:00 */
            utcOffset: string;
            venue: components["schemas"]["VenueDto"] | null;
        };
        SessionListDto: {
            items: components["schemas"]["SessionDto"][];
            nextCursor: string | null;
        };
        SetMemberDto: {
            /** @example minjun.kim@example.org */
            email: string;
            /** @enum {string} */
            role: "organizer" | "staff";
        };
        SignupDto: {
            /** @example linh.nguyen@example.org */
            email: string;
            /** @example Nguyen Thi Linh */
            fullName: string;
            /** @example a long passphrase */
            password: string;
        };
        SubmissionDto: {
            content: string;
            createdAt: string;
            feedback: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            missionId: string;
            score: number | null;
            scoredAt: string | null;
            /** Format: uuid */
            submittedBy: string;
            superseded: boolean;
            /** Format: uuid */
            teamId: string;
            url: string | null;
        };
        TeamDto: {
            /** Format: uuid */
            id: string;
            members: components["schemas"]["TeamMemberDto"][];
            name: string;
        };
        TeamListDto: {
            items: components["schemas"]["TeamDto"][];
            nextCursor: string | null;
        };
        TeamMemberDto: {
            fullName: string;
            /** @description For organizers and staff */
            gender?: string | null;
            nationality: string;
            /**
             * Format: uuid
             * @description For organizers and staff
             */
            registrationId?: string;
            /**
             * Format: uuid
             * @description For organizers and staff
             */
            userId?: string;
        };
        TravelDto: {
            arrival: components["schemas"]["ArrivalDto"] | null;
            departure: components["schemas"]["DepartureDto"] | null;
            /** @description Only for the registrant and organizers (absent for event staff) */
            passport?: components["schemas"]["PassportDto"] | null;
            phone: string | null;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string|null} */
            roomSharing: "female" | "male" | "single" | null;
            /** @description null before anything was given */
            updatedAt: string | null;
            visaNeededFor: string[];
            warnings: components["schemas"]["TravelWarningDto"][];
        };
        TravelWarningDto: {
            /** @enum {string} */
            code: "PASSPORT_EXPIRES_TOO_SOON";
            message: string;
        };
        UnassignedParticipantDto: {
            fullName: string;
            minor: boolean;
            nationality: string;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            roomSharing: "female" | "male" | "single";
        };
        UpdateEventDto: {
            /** @example 48 */
            capacity?: number;
            /**
             * @description Caps on confirmed registrations per ISO 3166-1 alpha-2 nationality
             * @example {
             *       "VN": 5,
             *       "KR": 8
             *     }
             */
            countryQuotas?: {
                [key: string]: number;
            };
            /** @description Cap for nationalities not in countryQuotas; null is unlimited, 0 makes them ineligible */
            defaultCountryQuota?: number | null;
            description?: string | null;
            /**
             * Format: date
             * @description Local date in `timezone`, on or after startsOn, 1900–2199
             * @example 2027-07-20
             */
            endsOn?: string;
            /**
             * @description How long before the event starts (startsAt) each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most 366 days; months and years are refused. At most 10, no repeats.
             * @default [
             *       "P7D",
             *       "P1D"
             *     ]
             * @example [
             *       "P7D",
             *       "P1D"
             *     ]
             */
            eventReminderOffsets: string[];
            /**
             * @default participants
             * @enum {string}
             */
            itineraryVisibility: "public" | "participants";
            /** @enum {string} */
            kind?: "workshop" | "forum" | "conference" | "seminar" | "other";
            /**
             * @description Who covers which costs, as invitation letters state it (required to issue one)
             * @example The organizer covers accommodation, meals, local transport and the flight from Seoul to Hanoi; participants cover their international flights.
             */
            letterCostsCoveredBy?: string | null;
            /** @description Who signs the event’s visa invitation letters (required to issue one) */
            letterSignatory?: components["schemas"]["LetterSignatoryDto"] | null;
            /**
             * @description How long before a mission is due each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most 366 days; months and years are refused. At most 10, no repeats.
             * @default [
             *       "P1D"
             *     ]
             * @example [
             *       "P1D"
             *     ]
             */
            missionReminderOffsets: string[];
            /**
             * Format: date-time
             * @description Default: startsAt. An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-06-01T18:00:00+09:00
             */
            registrationClosesAt?: string | null;
            /**
             * Format: date-time
             * @description Default: when published. An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-03-01T09:00:00+09:00
             */
            registrationOpensAt?: string | null;
            requiresApproval?: boolean;
            /**
             * @description Accept registrations only from accounts with a verified email address (else 422 EMAIL_NOT_VERIFIED)
             * @default false
             */
            requireVerifiedEmail: boolean;
            /**
             * @description How long before a session starts each reminder is sent: ISO 8601 durations of weeks, days, hours, minutes or seconds (P1W, P1D, PT1H, PT30S, P1DT12H), each more than zero and at most 366 days; months and years are refused. At most 10, no repeats.
             * @default [
             *       "PT1H"
             *     ]
             * @example [
             *       "PT1H"
             *     ]
             */
            sessionReminderOffsets: string[];
            /**
             * Format: date
             * @description Local date in `timezone`, 1900–2199
             * @example 2027-07-12
             */
            startsOn?: string;
            /**
             * @description IANA zone where startsOn and endsOn are calendar dates
             * @example Asia/Seoul
             */
            timezone?: string;
            /** @example ASEAN-Korea Youth Network Workshop 2027 */
            title?: string;
        };
        UpdateMeDto: {
            /** @example Nguyen Thi Linh */
            fullName?: string;
            /** @enum {string} */
            locale?: "en" | "ko" | "vi" | "th" | "id";
            /**
             * @description An IANA zone, stored in its canonical form; null clears it
             * @example Asia/Ho_Chi_Minh
             */
            timezone?: string | null;
        };
        UpdatePickupDto: {
            locked?: boolean;
            /** @example 2027-07-11T16:25:00+09:00 */
            meetAt?: string;
            /** @example Exit 4, look for the Gofar sign */
            note?: string | null;
            /** @description Event staff or organizers */
            staffIds?: string[];
        };
        UpdateSessionDto: {
            description?: string | null;
            /**
             * Format: date-time
             * @description After startsAt; an ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199
             * @example 2027-07-12T10:30:00+09:00
             */
            endsAt?: string;
            /**
             * @description Where it ends (travel legs); default timezone
             * @example Asia/Ho_Chi_Minh
             */
            endTimezone?: Record<string, never>;
            /** @default false */
            mandatory: boolean;
            /**
             * Format: date-time
             * @description An ISO 8601 instant with Z or an offset up to ±18:00, 1970–2199; stored in UTC
             * @example 2027-07-12T09:00:00+09:00
             */
            startsAt?: string;
            /**
             * @description Where the session starts
             * @example Asia/Seoul
             */
            timezone?: string;
            /** @example Opening lecture: ASEAN and Korea, 35 years of dialogue */
            title?: string;
            /** @enum {string} */
            type?: "lecture" | "site_visit" | "team_mission" | "cultural_exchange" | "travel" | "meal" | "ceremony" | "free_time" | "other";
            venue?: components["schemas"]["VenueDto"] | null;
        };
        UserDto: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /**
             * Format: date-time
             * @description When the email address was verified; null until then
             */
            emailVerifiedAt: string | null;
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @description Runs the installation: creates organizations and names their organizers */
            isAdmin: boolean;
            /**
             * @description The language of their emails and of the web app
             * @enum {string}
             */
            locale: "en" | "ko" | "vi" | "th" | "id";
            /**
             * @description IANA zone for "your time"; null until chosen
             * @example Asia/Ho_Chi_Minh
             */
            timezone: string | null;
        };
        UserEnvelopeDto: {
            user: components["schemas"]["UserDto"];
        };
        VenueDto: {
            address?: string | null;
            /** @example Seoul */
            city: string;
            /** @example KR */
            country: string;
            /** @example Seoul Global Center */
            name: string;
        };
        VerifyEmailDto: {
            /** @description The `token` of the emailed /verify-email link */
            token: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    RoomsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With rooms and occupants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccommodationDto"];
                };
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_autoAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoAssignRoomsDto"];
            };
        };
        responses: {
            /** @description Every room with its occupants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomListDto"];
                };
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description NOT_ENOUGH_BEDS (details name how many of which kind are left without a bed; nothing changed), NOT_CONFIRMED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_roomingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the hotel: room, name (as in the passport, else the full name), roomSharing, nationality, nights; UTF-8 with BOM; never a passport number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_addRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDto"];
                };
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description ROOM_LABEL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueueDashboardSessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description gofar_queues=...; Path=/admin/queues; Max-Age=900; HttpOnly; SameSite=Strict */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDashboardSessionDto"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description FORBIDDEN: not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_airports: {
        parameters: {
            query: {
                limit?: number;
                /** @description A code, a city or an airport name; accents and case ignored */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Airports the platform knows, by code, city or name (accents and case ignored), best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AirportListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountLifecycleController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
        };
    };
    AccountLifecycleController_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelopeDto"];
                };
            };
            /** @description TOKEN_INVALID: unknown, used, replaced by a newer link, or older than 1 hour */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SessionController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SessionController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description gofar_session=<sessionId>.<secret>; Path=/; Max-Age=<JWT_TTL seconds>; HttpOnly; SameSite=Lax (+ Secure when PUBLIC_URL is https) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SessionController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    /** @description gofar_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax: the browser drops the cookie */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SessionController_signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    /** @description gofar_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax: the browser drops the cookie */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountLifecycleController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelopeDto"];
                };
            };
            /** @description TOKEN_INVALID: unknown, used, replaced by a newer link, or older than 7 days */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountLifecycleController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_personalCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A personal feed: GET /calendar/<token>.ics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                organizationId?: string;
                status?: "draft" | "published" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published and cancelled events, plus drafts the caller organizes or staffs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            /** @description A draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Not an organizer of the organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description CAPACITY_BELOW_CONFIRMED, QUOTA_BELOW_CONFIRMED, INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With rooms and occupants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccommodationListDto"];
                };
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccommodationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccommodationDto"];
                };
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ConsoleController_digest: {
        parameters: {
            query?: {
                /** @description Local date (YYYY-MM-DD); default today where the programme is (the zone of that day’s first session, else the event’s) */
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff digest of a local date, as its email says it, read now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestDto"];
                };
            };
            /** @description A malformed date */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not an organizer or staff of the event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_flights: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                direction?: "arrival" | "departure";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers and event staff: confirmed participants’ flights in one direction, by time, in each airport’s zone; no passport or phone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlightListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_eventItinerary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItineraryDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_eventCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545, with a VTIMEZONE for every TZID */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_leaderboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_listMissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_createMission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMissionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                kind?: "registration_received" | "registration_confirmed" | "registration_waitlisted" | "registration_promoted" | "registration_rejected" | "registration_cancelled" | "event_cancelled" | "session_changed" | "session_cancelled" | "event_reminder" | "session_reminder" | "mission_reminder" | "staff_registration" | "staff_cancellation" | "staff_event_cancelled" | "staff_submission" | "submission_scored" | "staff_digest" | "welcome" | "membership" | "email_verification" | "password_reset" | "invitation_letter_issued" | "pickup_assigned" | "pickup_changed" | "pickup_reminder";
                limit?: number;
                /** @description An email address or a user id */
                recipient?: string;
                status?: "scheduled" | "sending" | "sent" | "failed" | "skipped";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event’s delivery log, for its organizers and staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_list: {
        parameters: {
            query?: {
                /** @description true: only pickups with a participant whose arrival no longer matches */
                conflicts?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers and event staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanPickupsDto"];
            };
        };
        responses: {
            /** @description The airport’s pickups after planning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description UNKNOWN_AIRPORT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                nationality?: string;
                /** @description Words that must each appear in the registrant’s name or email, whatever the case and accents (“nguyen” finds “Nguyễn”, “dang” finds “Đặng”); blank is no search */
                q?: string;
                status?: "pending" | "confirmed" | "waitlisted" | "rejected" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers and event staff; `q` searches names and emails, with the other filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrationDto"];
            };
        };
        responses: {
            /** @description pending, confirmed or waitlisted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description ALREADY_REGISTERED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description REGISTRATION_CLOSED, GUARDIAN_CONSENT_REQUIRED, COUNTRY_NOT_ELIGIBLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_csv: {
        parameters: {
            query?: {
                /** @description Add the medical notes column */
                include?: "medical";
                nationality?: string;
                /** @description Words that must each appear in the registrant’s name or email, whatever the case and accents (“nguyen” finds “Nguyễn”, “dang” finds “Đặng”); blank is no search */
                q?: string;
                status?: "pending" | "confirmed" | "waitlisted" | "rejected" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 with BOM and a header row; medical notes only with ?include=medical; the list’s filters (status, nationality, q) apply */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As the itinerary; cancelled sessions included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description VENUE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description OUTSIDE_EVENT_DATES */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_staff: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStaffListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_addStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEventStaffDto"];
            };
        };
        responses: {
            /** @description Added (200 if they already were staff) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStaffDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description NOT_A_MEMBER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EventsController_removeStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ConsoleController_eventStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers and event staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStatsDto"];
                };
            };
            /** @description Not an organizer or staff of the event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_autoAssign: {
        parameters: {
            query?: {
                /** @description true: answer the teams the call would make without saving anything (same input, same teams) */
                preview?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoAssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description TEAMS_LOCKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_missing: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Without it: missing any of them */
                missing?: "arrival" | "departure" | "passport" | "phone";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers and event staff: confirmed participants who have not given what is missing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingTravelListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LettersController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterVerificationDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_calendarUrl: {
        parameters: {
            query: {
                eventId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarUrlDto"];
                };
            };
            /** @description Not a confirmed participant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_rotateCalendarUrl: {
        parameters: {
            query: {
                eventId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The old URL answers 404 from now on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarUrlDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_myItinerary: {
        parameters: {
            query: {
                eventId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyItineraryDto"];
                };
            };
            /** @description Not a confirmed participant */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_mine: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s own, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_listSubmissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionSubmissionListDto"];
                };
            };
            /** @description Only the event’s staff and organizers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubmissionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"];
                };
            };
            /** @description Not a member of a team of the event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description MISSION_CLOSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All for an admin, else the caller’s own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description Admins only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganizationsController_members: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipListDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganizationsController_setMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetMemberDto"];
            };
        };
        responses: {
            /** @description An existing member whose role was set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            /** @description A new member */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description LAST_ORGANIZER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OrganizationsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description LAST_ORGANIZER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePickupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description NOT_EVENT_STAFF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationHistoryDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LettersController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueLetterDto"];
            };
        };
        responses: {
            /** @description Issued; it supersedes the previous letter for the same country */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationLetterDto"];
                };
            };
            /** @description Not an organizer of the event */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE: the registration is not confirmed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description PASSPORT_MISSING, VISA_NOT_NEEDED (country not in visaNeededFor), PASSPORT_EXPIRES_TOO_SOON (less than six months after endsOn), LETTER_DETAILS_MISSING (the event has no letterSignatory or letterCostsCoveredBy), NO_PROGRAMME_IN_COUNTRY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LettersController_pdf: {
        parameters: {
            query: {
                /** @description Destination country of the letter */
                country: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current letter for the country, rendered from the snapshot taken at issue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Event staff (not the registrant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE: no longer valid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    LettersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration’s current letters (one per country), per Visibility */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationLetterListDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RegistrationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registrant, organizers and event staff; the passport only to the first two */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TravelController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutTravelDto"];
            };
        };
        responses: {
            /** @description The record; warnings such as PASSPORT_EXPIRES_TOO_SOON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelDto"];
                };
            };
            /** @description Event staff may read, not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description INVALID_STATE: not confirmed or pending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description FLIGHT_DETAILS_REQUIRED, UNKNOWN_AIRPORT, OFFSET_MISMATCH */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_addOccupant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOccupantDto"];
            };
        };
        responses: {
            /** @description Moves the person out of another room of the same accommodation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDto"];
                };
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description ROOM_RULE (naming the rule broken), ROOM_FULL, NOT_CONFIRMED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoomsController_removeOccupant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not an organizer (or staff, for reads) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kept as cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ItineraryController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description VENUE_CONFLICT, INVALID_STATE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description OUTSIDE_EVENT_DATES */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreSubmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description SUPERSEDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description ALREADY_IN_TEAM */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description NOT_CONFIRMED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    TeamsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of them does not */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
