import { useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import type { Schemas } from '@/api/types';

export type Flight = Schemas['FlightItemDto'];
export type FlightDirection = Flight['direction'];
export type MissingTravel = Schemas['MissingTravelListDto']['items'][number];

/** Every confirmed participant's flight in one direction, by time (all pages: a board, not a feed). */
export function useFlights(eventId: string, direction: FlightDirection) {
  return useQuery({
    queryKey: ['flights', eventId, direction],
    queryFn: async () => {
      const items: Flight[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/api/v1/events/{id}/flights', {
            params: { path: { id: eventId }, query: { direction, limit: 500, cursor } },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}

/** Confirmed participants who have not yet given their arrival, departure, passport or phone. */
export function useMissingTravel(eventId: string) {
  return useQuery({
    queryKey: ['travel-missing', eventId],
    queryFn: async () => {
      const items: MissingTravel[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/api/v1/events/{id}/travel', {
            params: { path: { id: eventId }, query: { limit: 500, cursor } },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}
