import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Session } from '@/api/types';
import { EmptyState, LoadError, Loading, useErrorMessage } from '@/common/QueryStates';
import { localDate, namePlacesAfterVenues, sessionPlaceTimes } from '@/format/time';
import { useEventConsole } from '../EventConsoleLayout';
import { SessionFormModal } from './SessionFormModal';
import { useCancelSession, useProgrammeItinerary, useProgrammeSessions } from './queries';

/**
 * The programme editor: the days by local date, each session at its place's local times with
 * the zone named; sessions are added, edited, moved and cancelled here. A move or a cancellation
 * says first how many people will be emailed.
 */
export default function ProgrammeEditorPage() {
  const { t } = useTranslation();
  const { event } = useEventConsole();
  const itinerary = useProgrammeItinerary(event.id);
  const sessions = useProgrammeSessions(event.id);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<Session | null>(null);

  if (itinerary.isPending) return <Loading />;
  if (!itinerary.data)
    return <LoadError error={itinerary.error} onRetry={() => void itinerary.refetch()} />;

  const days = itinerary.data.days;
  const all = days.flatMap((day) => day.sessions);
  namePlacesAfterVenues(all);
  const overlapping = new Set(
    itinerary.data.warnings
      .filter((warning) => warning.code === 'MANDATORY_OVERLAP')
      .flatMap((warning) => warning.sessionIds),
  );
  const cancelled = (sessions.data?.items ?? []).filter(
    (session) => session.status === 'cancelled',
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            {t('console.programme.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('console.programme.subtitle')}
          </Text>
        </div>
        <Button onClick={() => setEditing('new')}>{t('console.programme.add')}</Button>
      </Group>

      {overlapping.size > 0 && (
        <Alert color="orange" title={t('console.programme.overlapTitle')}>
          {t('console.programme.overlapBody')}
        </Alert>
      )}

      {days.length === 0 ? (
        <EmptyState title={t('console.programme.emptyTitle')}>
          {t('console.programme.emptyBody')}
        </EmptyState>
      ) : (
        days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`}>
            <Title order={3} size="h4" id={`day-${day.date}`} mb="xs">
              {localDate(day.date)}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="28%">{t('console.programme.when')}</Table.Th>
                    <Table.Th>{t('console.programme.session')}</Table.Th>
                    <Table.Th w="24%">{t('console.programme.where')}</Table.Th>
                    <Table.Th w={190}>
                      <VisuallyHidden>{t('console.programme.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {day.sessions.map((session) => (
                    <Table.Tr key={session.id} data-session={session.title}>
                      <Table.Td>{sessionPlaceTimes(session)}</Table.Td>
                      <Table.Td>
                        <Text fw={600}>{session.title}</Text>
                        <Group gap={6} mt={2}>
                          <Badge variant="outline" tt="none" color="gray.8">
                            {t(`console.programme.types.${session.type}`)}
                          </Badge>
                          {session.mandatory && (
                            <Badge variant="outline" tt="none" color="blue.9">
                              {t('console.programme.mandatory')}
                            </Badge>
                          )}
                          {overlapping.has(session.id) && (
                            <Badge variant="outline" tt="none" color="orange.9">
                              {t('console.programme.overlapBadge')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {session.venue
                          ? [session.venue.name, session.venue.city].filter(Boolean).join(', ')
                          : '—'}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            variant="default"
                            size="xs"
                            onClick={() => setEditing(session)}
                            aria-label={t('console.programme.editNamed', { title: session.title })}
                          >
                            {t('console.programme.edit')}
                          </Button>
                          <Button
                            variant="default"
                            size="xs"
                            onClick={() => setCancelling(session)}
                            aria-label={t('console.programme.cancelNamed', {
                              title: session.title,
                            })}
                          >
                            {t('console.programme.cancel')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
        ))
      )}

      {cancelled.length > 0 && (
        <section aria-labelledby="cancelled-sessions">
          <Title order={3} size="h4" id="cancelled-sessions" mb="xs">
            {t('console.programme.cancelledTitle')}
          </Title>
          <Stack gap={4}>
            {cancelled.map((session) => (
              <Text key={session.id} size="sm" c="dimmed">
                {localDate(session.localDate, 'short')} · {sessionPlaceTimes(session)} ·{' '}
                {session.title}
              </Text>
            ))}
          </Stack>
        </section>
      )}

      {editing && (
        <SessionFormModal
          key={editing === 'new' ? 'new' : editing.id}
          event={event}
          session={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <CancelSessionModal
        eventId={event.id}
        seatsTaken={event.seatsTaken}
        session={cancelling}
        onClose={() => setCancelling(null)}
      />
    </Stack>
  );
}

function CancelSessionModal({
  eventId,
  seatsTaken,
  session,
  onClose,
}: {
  eventId: string;
  seatsTaken: number;
  session: Session | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const cancel = useCancelSession(eventId);
  const close = () => {
    cancel.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('console.programme.close') }}
      opened={session !== null}
      onClose={close}
      title={
        <Title order={2} size="h4" component="span">
          {t('console.programme.cancelTitle', { title: session?.title ?? '' })}
        </Title>
      }
    >
      <Stack gap="md">
        <Text>{t('console.programme.cancelPreview', { count: seatsTaken })}</Text>
        {cancel.error && (
          <Alert color="red" role="alert">
            {message(cancel.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('console.programme.keep')}
          </Button>
          <Button
            color="red.9"
            loading={cancel.isPending}
            onClick={() => session && cancel.mutate(session.id, { onSuccess: () => close() })}
          >
            {t('console.programme.confirmCancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
