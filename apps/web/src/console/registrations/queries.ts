import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import type { Registration } from '@/api/types';

export type RegistrationStatus = Registration['status'];

/** The table's filters, as the URL keeps them. */
export interface RegistrationFilters {
  status?: RegistrationStatus;
  nationality?: string;
  q?: string;
}

const PAGE_SIZE = 50;

/** The query string the list and the CSV share (blank filters left out). */
export function filterQuery(filters: RegistrationFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.status) query.status = filters.status;
  if (filters.nationality) query.nationality = filters.nationality;
  if (filters.q?.trim()) query.q = filters.q.trim();
  return query;
}

/** The event's registrations matching the filters, a page at a time (keyset paging). */
export function useEventRegistrations(eventId: string, filters: RegistrationFilters) {
  return useInfiniteQuery({
    queryKey: ['console-registrations', eventId, filterQuery(filters)],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/events/{id}/registrations', {
          params: {
            path: { id: eventId },
            query: { ...filterQuery(filters), limit: PAGE_SIZE, cursor: pageParam },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/**
 * The whole waiting list in line order. The API lists registrations in the order they were
 * made; a place in line counts from when each person joined the list, so the pages are read
 * to the end and sorted by `waitlistPosition`.
 */
export function useWaitingList(eventId: string) {
  return useQuery({
    queryKey: ['console-registrations', eventId, 'waiting-list'],
    queryFn: async () => {
      const items: Registration[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/api/v1/events/{id}/registrations', {
            params: { path: { id: eventId }, query: { status: 'waitlisted', limit: 500, cursor } },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items.sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
    },
  });
}

/** One registration with every field organizers and staff may see. */
export function useRegistrationDetail(id: string | null) {
  return useQuery({
    queryKey: ['console-registration', id],
    enabled: Boolean(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/registrations/{id}', { params: { path: { id: id! } } })),
  });
}

/** A registration's status changes: who, from, to, when, why. */
export function useRegistrationHistory(id: string | null) {
  return useQuery({
    queryKey: ['console-registration-history', id],
    enabled: Boolean(id),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/registrations/{id}/history', { params: { path: { id: id! } } }),
      ),
  });
}

/** The organization's members (its organizers and staff), to name who made a change. */
export function useOrganizationMembers(organizationId: string) {
  return useQuery({
    queryKey: ['organization-members', organizationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organizations/{id}/members', {
          params: { path: { id: organizationId }, query: { limit: 500 } },
        }),
      ),
  });
}

export type RegistrationAction = 'approve' | 'reject' | 'cancel';

/** Approve, reject (with a reason) or cancel a registration; refreshes what it changes. */
export function useRegistrationAction(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      action,
      reason,
    }: {
      id: string;
      action: RegistrationAction;
      reason?: string;
    }) => {
      const path = { params: { path: { id } } };
      if (action === 'approve')
        return unwrap(await api.POST('/api/v1/registrations/{id}/approve', path));
      if (action === 'cancel')
        return unwrap(await api.POST('/api/v1/registrations/{id}/cancel', path));
      return unwrap(
        await api.POST('/api/v1/registrations/{id}/reject', {
          ...path,
          body: { reason: reason?.trim() ? reason.trim() : null },
        }),
      );
    },
    onSuccess: async (_data, { id }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['console-registrations', eventId] }),
        client.invalidateQueries({ queryKey: ['console-registration', id] }),
        client.invalidateQueries({ queryKey: ['console-registration-history', id] }),
        client.invalidateQueries({ queryKey: ['event', eventId] }),
      ]);
    },
  });
}
