import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { Layout } from './Layout';

/** Each page is its own chunk: a participant's phone loads only the pages it opens. */
const EventsPage = lazy(() => import('../events/EventsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

// Participant pages: register, my registrations, my itinerary, my team.
const RegisterPage = lazy(() => import('../registrations/RegisterPage'));
const MyRegistrationsPage = lazy(() => import('../registrations/MyRegistrationsPage'));
const RegistrationPage = lazy(() => import('../registrations/RegistrationPage'));
const ItineraryPage = lazy(() => import('../itinerary/ItineraryPage'));
const TeamPage = lazy(() => import('../teams/TeamPage'));

const signedIn = (page: React.ReactNode) => <RequireAuth>{page}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <EventsPage /> },
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
