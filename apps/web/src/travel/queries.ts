import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Schemas } from '../api/types';

export type TravelBody = Schemas['PutTravelDto'];
export type Travel = Schemas['TravelDto'];
export type Airport = Schemas['AirportDto'];

/** The travel record of one registration (the person's own). */
export function useTravel(registrationId: string) {
  return useQuery({
    queryKey: ['travel', registrationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/registrations/{id}/travel', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}

/** Saves the travel record; the answer carries warnings (a passport expiring too soon). */
export function useSaveTravel(registrationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: TravelBody) =>
      unwrap(
        await api.PUT('/api/v1/registrations/{id}/travel', {
          params: { path: { id: registrationId } },
          body,
        }),
      ),
    onSuccess: (travel) => {
      client.setQueryData(['travel', registrationId], travel);
      void client.invalidateQueries({ queryKey: ['my-itinerary'] });
    },
  });
}

/** Airports matching what the person typed (code, city or name), best first. */
export function useAirportSearch(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['airports', q.toLowerCase()],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/airports', { params: { query: { q, limit: 8 } } })),
    enabled: q.length >= 2,
    staleTime: 60 * 60_000,
  });
}
