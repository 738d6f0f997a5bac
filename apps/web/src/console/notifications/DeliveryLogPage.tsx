import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, LoadError, Loading } from '@/common/QueryStates';
import { clockTime, localDate, localDateOf, zoneCity, zoneLabel } from '@/format/time';
import { useEventConsole } from '../EventConsoleLayout';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  type NotificationKind,
  type NotificationStatus,
  useDeliveryLog,
} from './queries';
import { ScrollTable } from '../registrations/ScrollTable';

/** The select option that means no filter. */
const ALL = 'all';

const COLOURS: Record<NotificationStatus, string> = {
  scheduled: 'blue.9',
  sending: 'indigo.9',
  sent: 'teal.9',
  failed: 'red.9',
  skipped: 'gray.7',
};

function when(instant: string | null, zone: string): string {
  if (!instant) return '';
  return `${localDate(localDateOf(instant, zone), 'short')}, ${clockTime(instant, zone)}`;
}

/**
 * The event's delivery log, read-only: every email with its status, filtered by status, kind
 * and recipient (kept in the URL); failed deliveries stand out with their last error.
 */
export default function DeliveryLogPage() {
  const { t } = useTranslation();
  const { event } = useEventConsole();
  const zone = event.timezone;
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') as NotificationStatus | null;
  const kindParam = params.get('kind') as NotificationKind | null;
  const status =
    statusParam && NOTIFICATION_STATUSES.includes(statusParam) ? statusParam : undefined;
  const kind = kindParam && NOTIFICATION_KINDS.includes(kindParam) ? kindParam : undefined;
  const [recipient, setRecipient] = useState(params.get('recipient') ?? '');
  const [debounced] = useDebouncedValue(recipient.trim(), 300);

  const setParam = (name: string, value: string | null | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('recipient') ?? '') !== debounced) setParam('recipient', debounced);
  }, [debounced]);

  const filters = { status, kind, recipient: params.get('recipient') ?? undefined };
  const log = useDeliveryLog(event.id, filters);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(status || kind || filters.recipient);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('console.notifications.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('console.notifications.intro', { zone: zoneLabel(zone) })}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('console.notifications.statusFilter')}
          data={[
            { value: ALL, label: t('console.notifications.allStatuses') },
            ...NOTIFICATION_STATUSES.map((value) => ({
              value,
              label: t(`console.notifications.status.${value}`),
            })),
          ]}
          value={status ?? ALL}
          onChange={(value) => setParam('status', value === ALL ? null : value)}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('console.notifications.kindFilter')}
          data={[
            { value: ALL, label: t('console.notifications.allKinds') },
            ...NOTIFICATION_KINDS.map((value) => ({
              value,
              label: t(`console.notifications.kind.${value}`),
            })),
          ]}
          value={kind ?? ALL}
          onChange={(value) => setParam('kind', value === ALL ? null : value)}
          searchable
          allowDeselect={false}
          w={280}
        />
        <TextInput
          label={t('console.notifications.recipientFilter')}
          placeholder={t('console.notifications.recipientPlaceholder')}
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 14rem' }}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setRecipient('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('console.notifications.clearFilters')}
          </Button>
        )}
      </Group>

      {log.isPending ? (
        <Loading />
      ) : !log.data ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={filtered ? t('console.notifications.empty') : t('console.notifications.emptyAll')}
        >
          {filtered
            ? t('console.notifications.emptyHelp')
            : t('console.notifications.emptyAllHelp')}
        </EmptyState>
      ) : (
        <>
          <ScrollTable minWidth={820} label={t('console.notifications.title')}>
            <Table striped aria-label={t('console.notifications.title')} aria-busy={log.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('console.notifications.column.kind')}</Table.Th>
                  <Table.Th>{t('console.notifications.column.recipient')}</Table.Th>
                  <Table.Th>{t('console.notifications.column.status')}</Table.Th>
                  <Table.Th>
                    {t('console.notifications.column.due', { city: zoneCity(zone) })}
                  </Table.Th>
                  <Table.Th>
                    {t('console.notifications.column.sent', { city: zoneCity(zone) })}
                  </Table.Th>
                  <Table.Th>{t('console.notifications.column.attempts')}</Table.Th>
                  <Table.Th>{t('console.notifications.column.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => {
                  const failed = item.status === 'failed';
                  return (
                    <Table.Tr
                      key={item.id}
                      bg={failed ? 'var(--mantine-color-red-0)' : undefined}
                      data-status={item.status}
                    >
                      <Table.Td>{t(`console.notifications.kind.${item.kind}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {item.recipient}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ minWidth: 104 }}>
                        <Badge
                          color={COLOURS[item.status]}
                          variant={failed ? 'filled' : 'outline'}
                          tt="none"
                        >
                          {t(`console.notifications.status.${item.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {when(item.fireAt, zone)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {when(item.sentAt, zone)}
                      </Table.Td>
                      <Table.Td>{item.attempts}</Table.Td>
                      <Table.Td>
                        {item.lastError && (
                          <Text size="sm" c={failed ? 'red.9' : undefined} fw={failed ? 500 : 400}>
                            {t('console.notifications.lastError', { error: item.lastError })}
                          </Text>
                        )}
                        {item.reason && (
                          <Text size="sm" c="dimmed">
                            {item.reason}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {t('console.notifications.shown', { count: items.length })}
            </Text>
            {log.hasNextPage && (
              <Button
                variant="default"
                onClick={() => void log.fetchNextPage()}
                loading={log.isFetchingNextPage}
              >
                {t('console.notifications.loadMore')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
