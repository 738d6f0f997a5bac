import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { Layout } from './Layout';

/** Each page is its own chunk: a participant's phone loads only the pages it opens. */
const EventsPage = lazy(() => import('../events/EventsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

// Public pages: an event, signing in and up, email and password links, the account, letter checks.
const EventPage = lazy(() => import('../events/EventPage'));
const SignInPage = lazy(() => import('../account/SignInPage'));
const SignUpPage = lazy(() => import('../account/SignUpPage'));
const VerifyEmailPage = lazy(() => import('../account/VerifyEmailPage'));
const ForgotPasswordPage = lazy(() => import('../account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../account/ResetPasswordPage'));
const AccountPage = lazy(() => import('../account/AccountPage'));
const LetterVerificationPage = lazy(() => import('../letters/LetterVerificationPage'));

// Participant pages: register, my registrations, my itinerary, my team.
const RegisterPage = lazy(() => import('../registrations/RegisterPage'));
const MyRegistrationsPage = lazy(() => import('../registrations/MyRegistrationsPage'));
const RegistrationPage = lazy(() => import('../registrations/RegistrationPage'));
const ItineraryPage = lazy(() => import('../itinerary/ItineraryPage'));
const TeamPage = lazy(() => import('../teams/TeamPage'));
const TravelPage = lazy(() => import('../travel/TravelPage'));

// The console: organizers, staff and admins. One chunk per page, never loaded by participants.
const ConsoleLayout = lazy(() => import('../console/ConsoleLayout'));
const EventConsoleLayout = lazy(() => import('../console/EventConsoleLayout'));
const ConsoleHomePage = lazy(() => import('../console/home/ConsoleHomePage'));
const OrganizationPage = lazy(() => import('../console/organizations/OrganizationPage'));
const EventFormPage = lazy(() => import('../console/events/EventFormPage'));
const EventDashboardPage = lazy(() => import('../console/events/EventDashboardPage'));
const RegistrationsConsolePage = lazy(
  () => import('../console/registrations/RegistrationsConsolePage'),
);
const DeliveryLogPage = lazy(() => import('../console/notifications/DeliveryLogPage'));
const TodayPage = lazy(() => import('../console/today/TodayPage'));
const DigestPage = lazy(() => import('../console/today/DigestPage'));
const ProgrammeEditorPage = lazy(() => import('../console/programme/ProgrammeEditorPage'));
const TeamsConsolePage = lazy(() => import('../console/teams/TeamsConsolePage'));
const RoomsConsolePage = lazy(() => import('../console/rooms/RoomsConsolePage'));
const FlightsConsolePage = lazy(() => import('../console/flights/FlightsConsolePage'));
const PickupsConsolePage = lazy(() => import('../console/pickups/PickupsConsolePage'));

const signedIn = (page: React.ReactNode) => <RequireAuth>{page}</RequireAuth>;

const publicRoutes = [
  { path: '/events/:id', element: <EventPage /> },
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-up', element: <SignUpPage /> },
  { path: '/verify-email', element: <VerifyEmailPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/account', element: signedIn(<AccountPage />) },
  // Where a letter's QR code leads: for consular officers, no account needed.
  { path: '/letters/:reference', element: <LetterVerificationPage /> },
];

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <EventsPage /> },
      ...publicRoutes,
      // Participant pages.
      { path: '/events/:id/register', element: signedIn(<RegisterPage />) },
      { path: '/me/registrations', element: signedIn(<MyRegistrationsPage />) },
      { path: '/me/registrations/:id', element: signedIn(<RegistrationPage />) },
      { path: '/me/registrations/:id/travel', element: signedIn(<TravelPage />) },
      { path: '/me/itinerary/:eventId', element: signedIn(<ItineraryPage />) },
      { path: '/me/teams/:eventId', element: signedIn(<TeamPage />) },
      // The console.
      {
        path: '/console',
        element: signedIn(<ConsoleLayout />),
        children: [
          { index: true, element: <ConsoleHomePage /> },
          { path: 'organizations/:organizationId', element: <OrganizationPage /> },
          { path: 'events/new', element: <EventFormPage /> },
          {
            path: 'events/:eventId',
            element: <EventConsoleLayout />,
            children: [
              { index: true, element: <EventDashboardPage /> },
              { path: 'settings', element: <EventFormPage /> },
              { path: 'today', element: <TodayPage /> },
              { path: 'registrations', element: <RegistrationsConsolePage /> },
              { path: 'programme', element: <ProgrammeEditorPage /> },
              { path: 'flights', element: <FlightsConsolePage /> },
              { path: 'pickups', element: <PickupsConsolePage /> },
              { path: 'teams', element: <TeamsConsolePage /> },
              { path: 'rooms', element: <RoomsConsolePage /> },
              { path: 'notifications', element: <DeliveryLogPage /> },
              { path: 'digest', element: <DigestPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
