import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Me } from '../api/types';

export const SESSION_KEY = ['session'] as const;

/** Where the app keeps its offline copy (the itinerary) on the device. */
export const OFFLINE_STORAGE_KEY = 'gofar-offline';

/**
 * The signed-in person (with memberships), or null. Read from the session cookie's route, so
 * a page reload keeps the person signed in and a revoked session shows as signed out.
 */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Me | null> => {
      const result = await api.GET('/api/v1/auth/session');
      if (result.response.status === 401) return null;
      return unwrap(result).user;
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** Forgets the session on this page (after sign-out or a 401). */
export function useForgetSession() {
  const client = useQueryClient();
  return () => {
    client.setQueryData(SESSION_KEY, null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  };
}

/** Puts the person the API answered with into the session (after sign-in or a profile change). */
export function useRememberSession() {
  const client = useQueryClient();
  return (user: Me) => client.setQueryData(SESSION_KEY, user);
}

/**
 * After signing out: drops the person's data from memory and from the device's offline copy,
 * then loads `destination` as a fresh page. (Forgetting the session inside the page would let a
 * page for signed-in people send the person to sign in again before `destination` shows.)
 */
export function useLeaveTo() {
  const client = useQueryClient();
  return (destination: string) => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    window.localStorage.removeItem(OFFLINE_STORAGE_KEY);
    window.location.replace(destination);
  };
}
