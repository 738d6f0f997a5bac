import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import { type Schemas } from '@/api/types';

export type Accommodation = Schemas['AccommodationDto'];
export type Room = Schemas['RoomDto'];

const key = (eventId: string) => ['console-accommodations', eventId];

/** The event's accommodations with rooms, occupants and who has no room yet. */
export function useConsoleAccommodations(eventId: string) {
  return useQuery({
    queryKey: key(eventId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/events/{id}/accommodations', { params: { path: { id: eventId } } }),
      ),
  });
}

function useRoomsMutation<T>(eventId: string, run: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: key(eventId) }),
  });
}

export function useCreateAccommodation(eventId: string) {
  return useRoomsMutation(eventId, async (body: Schemas['CreateAccommodationDto']) =>
    unwrap(
      await api.POST('/api/v1/events/{id}/accommodations', {
        params: { path: { id: eventId } },
        body,
      }),
    ),
  );
}

export function useAddRoom(eventId: string) {
  return useRoomsMutation(
    eventId,
    async ({
      accommodationId,
      ...body
    }: {
      accommodationId: string;
      label: string;
      beds: number;
    }) =>
      unwrap(
        await api.POST('/api/v1/accommodations/{id}/rooms', {
          params: { path: { id: accommodationId } },
          body,
        }),
      ),
  );
}

export function useAutoAssignRooms(eventId: string) {
  return useRoomsMutation(eventId, async (accommodationId: string) =>
    unwrap(
      await api.POST('/api/v1/accommodations/{id}/auto-assign', {
        params: { path: { id: accommodationId } },
        body: {},
      }),
    ),
  );
}

/** Puts someone in a room (out of their other room of the same accommodation). */
export function usePlaceOccupant(eventId: string) {
  return useRoomsMutation(eventId, async (move: { roomId: string; registrationId: string }) =>
    unwrap(
      await api.POST('/api/v1/rooms/{id}/occupants', {
        params: { path: { id: move.roomId } },
        body: { registrationId: move.registrationId },
      }),
    ),
  );
}

export function useRemoveOccupant(eventId: string) {
  return useRoomsMutation(eventId, async (move: { roomId: string; registrationId: string }) =>
    unwrap(
      await api.DELETE('/api/v1/rooms/{id}/occupants/{registrationId}', {
        params: { path: { id: move.roomId, registrationId: move.registrationId } },
      }),
    ),
  );
}
