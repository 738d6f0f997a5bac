import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { Layout } from './Layout';

/** Each page is its own chunk: a participant's phone loads only the pages it opens. */
const EventsPage = lazy(() => import('../events/EventsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

// Public pages: an event, signing in and up, email and password links, the account.
const EventPage = lazy(() => import('../events/EventPage'));
const SignInPage = lazy(() => import('../account/SignInPage'));
const SignUpPage = lazy(() => import('../account/SignUpPage'));
const VerifyEmailPage = lazy(() => import('../account/VerifyEmailPage'));
const ForgotPasswordPage = lazy(() => import('../account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../account/ResetPasswordPage'));
const AccountPage = lazy(() => import('../account/AccountPage'));

// Participant pages: register, my registrations, my itinerary, my team.
const RegisterPage = lazy(() => import('../registrations/RegisterPage'));
const MyRegistrationsPage = lazy(() => import('../registrations/MyRegistrationsPage'));
const RegistrationPage = lazy(() => import('../registrations/RegistrationPage'));
const ItineraryPage = lazy(() => import('../itinerary/ItineraryPage'));
const TeamPage = lazy(() => import('../teams/TeamPage'));

const signedIn = (page: React.ReactNode) => <RequireAuth>{page}</RequireAuth>;

const publicRoutes = [
  { path: '/events/:id', element: <EventPage /> },
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-up', element: <SignUpPage /> },
  { path: '/verify-email', element: <VerifyEmailPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/account', element: signedIn(<AccountPage />) },
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
      { path: '/me/itinerary/:eventId', element: signedIn(<ItineraryPage />) },
      { path: '/me/teams/:eventId', element: signedIn(<TeamPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
