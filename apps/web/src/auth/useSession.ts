import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../api/types';

export const SESSION_KEY = ['session'] as const;

/**
 * The signed-in person (with memberships), or null. Read from the session cookie's route, so
 * a page reload keeps the person signed in and a revoked session shows as signed out.
 */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Me | null> => {
      const response = await fetch('/api/v1/auth/session', { credentials: 'same-origin' });
      if (response.status === 401) return null;
      if (!response.ok) throw new Error(`session ${response.status}`);
      const body = (await response.json()) as { user: Me };
      return body.user;
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
