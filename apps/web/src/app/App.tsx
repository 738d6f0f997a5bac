import '@mantine/core/styles.css';
import '../global.css';
import { type CSSVariablesResolver, MantineProvider, createTheme } from '@mantine/core';
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { RouterProvider } from 'react-router';
import { whenUnauthenticated } from '../api/client';
import { ApiError } from '../api/errors';
import { OFFLINE_STORAGE_KEY, SESSION_KEY } from '../auth/useSession';
import { router } from './routes';

const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  // Text on coloured backgrounds picks black or white for contrast (WCAG AA).
  autoContrast: true,
});

/** Secondary text darker than Mantine's default gray, to pass WCAG AA contrast on white. */
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field errors in a red dark enough for WCAG AA on white (Mantine's default is 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again; a network blip might.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

/** Queries kept on the device for offline use (the itinerary): key prefixes. */
export const OFFLINE_QUERY_KEYS = new Set(['my-itinerary']);

const persister = createSyncStoragePersister({
  storage: window.localStorage,
  key: OFFLINE_STORAGE_KEY,
});

// A 401 from any call: the session ended (expired, revoked elsewhere). Sign in, then come back.
whenUnauthenticated(() => {
  queryClient.setQueryData(SESSION_KEY, null);
  const here = window.location.pathname + window.location.search;
  if (!window.location.pathname.startsWith('/sign-in'))
    void router.navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
});

export function App() {
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{
        persister,
        maxAge: 14 * 24 * 3600_000,
        dehydrateOptions: {
          shouldDehydrateQuery: (query) =>
            query.state.status === 'success' && OFFLINE_QUERY_KEYS.has(String(query.queryKey[0])),
        },
      }}
    >
      <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
        <RouterProvider router={router} />
      </MantineProvider>
    </PersistQueryClientProvider>
  );
}
