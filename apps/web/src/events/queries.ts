import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

/** Published events (and, for organizers and staff, their drafts), a page at a time. */
export function useEvents() {
  return useInfiniteQuery({
    queryKey: ['events'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/events', { params: { query: { limit: 20, cursor: pageParam } } }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One event, as the caller may see it. */
export function useEvent(id: string) {
  return useQuery({
    queryKey: ['event', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/events/{id}', { params: { path: { id } } })),
  });
}

/** The event's programme, when its visibility lets the caller see it (else a 404 or 403). */
export function useEventItinerary(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['event-itinerary', id],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/itinerary', { params: { path: { id } } })),
  });
}
