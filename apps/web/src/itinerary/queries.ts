import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

/**
 * The confirmed participant's itinerary, team and missions for one event. Kept on the device
 * (the key starts with 'my-itinerary', which the app persists) and read from there first, so
 * it opens on a bus without a connection.
 */
export function useMyItinerary(eventId: string) {
  return useQuery({
    queryKey: ['my-itinerary', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/itinerary', { params: { query: { eventId } } })),
    networkMode: 'offlineFirst',
    // Shown from the saved copy at once, and always asked for again when the page opens.
    staleTime: 0,
  });
}

/** The person's secret calendar feed for the event. */
export function useCalendarUrl(eventId: string) {
  return useQuery({
    queryKey: ['calendar-url', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/calendar-url', { params: { query: { eventId } } })),
  });
}

/** Replaces the calendar feed's address; the old one stops working. */
export function useRotateCalendarUrl(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/me/calendar-url/rotate', { params: { query: { eventId } } })),
    onSuccess: (answer) => client.setQueryData(['calendar-url', eventId], answer),
  });
}
