import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import type { Schemas } from '@/api/types';

export type Notification = Schemas['NotificationDto'];
export type NotificationKind = Notification['kind'];
export type NotificationStatus = Notification['status'];

/** Every kind the API's delivery log knows, in the contract's order. */
export const NOTIFICATION_KINDS: NotificationKind[] = [
  'registration_received',
  'registration_confirmed',
  'registration_waitlisted',
  'registration_promoted',
  'registration_rejected',
  'registration_cancelled',
  'event_cancelled',
  'session_changed',
  'session_cancelled',
  'event_reminder',
  'session_reminder',
  'mission_reminder',
  'staff_registration',
  'staff_cancellation',
  'staff_event_cancelled',
  'staff_submission',
  'submission_scored',
  'staff_digest',
  'welcome',
  'membership',
  'email_verification',
  'password_reset',
  'invitation_letter_issued',
  'pickup_assigned',
  'pickup_changed',
  'pickup_reminder',
];

export const NOTIFICATION_STATUSES: NotificationStatus[] = [
  'scheduled',
  'sending',
  'sent',
  'failed',
  'skipped',
];

export interface DeliveryFilters {
  status?: NotificationStatus;
  kind?: NotificationKind;
  recipient?: string;
}

/** The event's delivery log, filtered on the server, a page at a time. */
export function useDeliveryLog(eventId: string, filters: DeliveryFilters) {
  const query = {
    status: filters.status,
    kind: filters.kind,
    recipient: filters.recipient?.trim() || undefined,
  };
  return useInfiniteQuery({
    queryKey: ['delivery-log', eventId, query],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/events/{id}/notifications', {
          params: { path: { id: eventId }, query: { ...query, limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
