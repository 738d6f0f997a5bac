import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';

/**
 * The staff digest's content for a local date, read now (no date: today where the programme
 * is, as the API decides).
 */
export function useDigest(eventId: string, date: string | undefined) {
  return useQuery({
    queryKey: ['digest', eventId, date ?? 'today'],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/events/{id}/digest', {
          params: { path: { id: eventId }, query: date ? { date } : {} },
        }),
      ),
  });
}
