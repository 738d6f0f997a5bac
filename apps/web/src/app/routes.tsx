import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { Layout } from './Layout';

/** Each page is its own chunk: a participant's phone loads only the pages it opens. */
const EventsPage = lazy(() => import('../events/EventsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const signedIn = (page: React.ReactNode) => <RequireAuth>{page}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <EventsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

// Kept for pages that need a signed-in person (added with those pages).
void signedIn;
