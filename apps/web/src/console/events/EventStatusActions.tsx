import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelEvent, usePublishEvent } from './queries';
import type { EventSummary } from '@/api/types';
import { useErrorMessage } from '@/common/QueryStates';
import { dateTimeIn } from '@/format/time';

/**
 * Publishing and cancelling an event (organizers): each asks once and says what will happen.
 * Cancelling cannot be undone.
 */
export function EventStatusActions({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const publish = usePublishEvent(event.id);
  const cancel = useCancelEvent(event.id);
  const [asking, setAsking] = useState<'publish' | 'cancel' | null>(null);
  const registrants = event.seatsTaken + event.waitlistCount + event.pendingCount;
  const error = publish.error ?? cancel.error;

  if (event.status === 'cancelled')
    return (
      <Alert color="red" title={t('console.statusActions.cancelledTitle')}>
        {t('console.statusActions.cancelledBody')}
      </Alert>
    );

  const opens =
    event.registrationOpensAt && new Date(event.registrationOpensAt) > new Date()
      ? t('console.statusActions.publishOpensAt', {
          when: dateTimeIn(event.registrationOpensAt, event.timezone),
        })
      : t('console.statusActions.publishOpensNow');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="status-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="status-title">
          {t('console.statusActions.title')}
        </Title>
        <Text>
          {event.status === 'draft'
            ? t('console.statusActions.draftBody')
            : t('console.statusActions.publishedBody')}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {message(error)}
          </Alert>
        )}
        <Group>
          {event.status === 'draft' && (
            <Button onClick={() => setAsking('publish')}>
              {t('console.statusActions.publish')}
            </Button>
          )}
          <Button variant="outline" color="red" c="red.9" onClick={() => setAsking('cancel')}>
            {t('console.statusActions.cancel')}
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={asking === 'publish'}
        onClose={() => setAsking(null)}
        title={t('console.statusActions.publishTitle')}
      >
        <Stack gap="md">
          <Text>{opens}</Text>
          <Text>{t('console.statusActions.publishVisible')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('console.statusActions.notNow')}
            </Button>
            <Button
              loading={publish.isPending}
              onClick={() => publish.mutate(undefined, { onSettled: () => setAsking(null) })}
            >
              {t('console.statusActions.publishConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={asking === 'cancel'}
        onClose={() => setAsking(null)}
        title={t('console.statusActions.cancelTitle')}
      >
        <Stack gap="md">
          <List spacing="xs">
            <List.Item>{t('console.statusActions.cancelEmails', { count: registrants })}</List.Item>
            <List.Item>{t('console.statusActions.cancelStaff')}</List.Item>
            <List.Item>{t('console.statusActions.cancelNoPromotion')}</List.Item>
          </List>
          <Text fw={600}>{t('console.statusActions.cancelFinal')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('console.statusActions.keep')}
            </Button>
            <Button
              color="red.8"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(undefined, { onSettled: () => setAsking(null) })}
            >
              {t('console.statusActions.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
