import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Schemas } from '../api/types';

export type RegistrationBody = Schemas['CreateRegistrationDto'];

/** The signed-in person's own registrations, newest first. */
export function useMyRegistrations() {
  return useQuery({
    queryKey: ['my-registrations'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/registrations', { params: { query: { limit: 500 } } })),
  });
}

/** One registration (the person's own). */
export function useRegistration(id: string) {
  return useQuery({
    queryKey: ['registration', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/registrations/{id}', { params: { path: { id } } })),
  });
}

/** Every status change of a registration: who, from, to, when, why. */
export function useRegistrationHistory(id: string) {
  return useQuery({
    queryKey: ['registration', id, 'history'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/registrations/{id}/history', { params: { path: { id } } })),
  });
}

/** Registers the signed-in person for an event. */
export function useRegister(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegistrationBody) =>
      unwrap(
        await api.POST('/api/v1/events/{id}/registrations', {
          params: { path: { id: eventId } },
          body,
        }),
      ),
    onSuccess: (registration) => {
      client.setQueryData(['registration', registration.id], registration);
      void client.invalidateQueries({ queryKey: ['my-registrations'] });
      void client.invalidateQueries({ queryKey: ['event', eventId] });
      void client.invalidateQueries({ queryKey: ['events'] });
    },
  });
}

/** Cancels a registration; the seat goes to the next person on the waiting list. */
export function useCancelRegistration(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/registrations/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (registration) => {
      client.setQueryData(['registration', id], registration);
      void client.invalidateQueries({ queryKey: ['registration', id, 'history'] });
      void client.invalidateQueries({ queryKey: ['my-registrations'] });
      void client.invalidateQueries({ queryKey: ['event', registration.eventId] });
      void client.invalidateQueries({ queryKey: ['my-itinerary', registration.eventId] });
    },
  });
}
