import {
  Button,
  Group,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EventSummary, Registration } from '@/api/types';
import { EmptyState, LoadError, Loading } from '@/common/QueryStates';
import { countryName, countryOptions } from '@/format/countries';
import { clockTime, localDate, localDateOf, zoneCity } from '@/format/time';
import { StatusBadge } from '@/registrations/StatusBadge';
import { useEventConsole } from '../EventConsoleLayout';
import { ConfirmAction } from './ConfirmAction';
import { RegistrationDetail } from './RegistrationDetail';
import {
  type RegistrationFilters,
  type RegistrationStatus,
  filterQuery,
  useEventRegistrations,
  useWaitingList,
} from './queries';
import { ScrollTable } from './ScrollTable';

/** The select option that means no filter. */
const ALL = 'all';

const STATUSES: RegistrationStatus[] = [
  'pending',
  'confirmed',
  'waitlisted',
  'rejected',
  'cancelled',
];

function created(instant: string, zone: string): string {
  return `${localDate(localDateOf(instant, zone), 'short')}, ${clockTime(instant, zone)}`;
}

function RegistrationRows({
  items,
  zone,
  onOpen,
}: {
  items: Registration[];
  zone: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {items.map((registration) => (
        <Table.Tr
          key={registration.id}
          onClick={() => onOpen(registration.id)}
          style={{ cursor: 'pointer' }}
        >
          <Table.Td>
            <UnstyledButton
              onClick={(e) => {
                e.stopPropagation();
                onOpen(registration.id);
              }}
              fw={500}
              c="blue.9"
              td="underline"
            >
              {registration.fullName}
            </UnstyledButton>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{registration.email}</Text>
            <Text size="xs" c={registration.emailVerified ? 'teal.9' : 'dimmed'}>
              {registration.emailVerified
                ? t('console.registrations.verified')
                : t('console.registrations.notVerified')}
            </Text>
          </Table.Td>
          <Table.Td>{countryName(registration.nationality)}</Table.Td>
          <Table.Td>
            <StatusBadge status={registration.status} />
          </Table.Td>
          <Table.Td>{registration.waitlistPosition ?? ''}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {created(registration.createdAt, zone)}
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

function TableHead({ zone }: { zone: string }) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('console.registrations.column.name')}</Table.Th>
        <Table.Th>{t('console.registrations.column.email')}</Table.Th>
        <Table.Th>{t('console.registrations.column.nationality')}</Table.Th>
        <Table.Th>{t('console.registrations.column.status')}</Table.Th>
        <Table.Th>{t('console.registrations.column.position')}</Table.Th>
        <Table.Th>{t('console.registrations.column.createdIn', { city: zoneCity(zone) })}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

function Exports({ event, filters }: { event: EventSummary; filters: RegistrationFilters }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const base = `/api/v1/events/${event.id}/registrations.csv`;
  const query = new URLSearchParams(filterQuery(filters));
  const plain = query.size ? `${base}?${query}` : base;
  query.set('include', 'medical');
  const medical = `${base}?${query}`;
  return (
    <Group gap="sm">
      <Button component="a" href={plain} download variant="default">
        {t('console.registrations.export')}
      </Button>
      <Button variant="default" onClick={() => setAsking(true)}>
        {t('console.registrations.exportMedical')}
      </Button>
      <ConfirmAction
        opened={asking}
        title={t('console.registrations.exportMedicalTitle')}
        message={t('console.registrations.exportMedicalWarning')}
        confirmLabel={t('console.registrations.exportMedicalConfirm')}
        color="red.9"
        onConfirm={() => {
          // A plain link carries the session cookie (same origin, GET) and saves the file.
          const link = document.createElement('a');
          link.href = medical;
          link.download = '';
          document.body.append(link);
          link.click();
          link.remove();
          setAsking(false);
        }}
        onClose={() => setAsking(false)}
      />
    </Group>
  );
}

function WaitingList({ event, onOpen }: { event: EventSummary; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useWaitingList(event.id);
  if (list.isPending) return <Loading />;
  if (!list.data) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0)
    return (
      <EmptyState title={t('console.registrations.waitingListEmpty')}>
        {t('console.registrations.waitingListEmptyHelp')}
      </EmptyState>
    );
  return (
    <Stack gap="xs">
      <Text c="dimmed" size="sm">
        {t('console.registrations.waitingListHelp')}
      </Text>
      <ScrollTable minWidth={760} label={t('console.registrations.waitingList')}>
        <Table striped highlightOnHover aria-label={t('console.registrations.waitingList')}>
          <TableHead zone={event.timezone} />
          <Table.Tbody>
            <RegistrationRows items={list.data} zone={event.timezone} onOpen={onOpen} />
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/**
 * The event's registrations for organizers and staff: server-side filters and search kept in
 * the URL, keyset paging, a detail panel with the history; organizers also approve, reject and
 * cancel. The waiting list in line order, and the CSV exports.
 */
export default function RegistrationsConsolePage() {
  const { t } = useTranslation();
  const { event, role } = useEventConsole();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const filters: RegistrationFilters = {
    status: STATUSES.includes(statusParam as RegistrationStatus)
      ? (statusParam as RegistrationStatus)
      : undefined,
    nationality: params.get('nationality') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const view = params.get('view') === 'waiting-list' ? 'waiting-list' : 'all';
  const [search, setSearch] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const [openId, setOpenId] = useState<string | null>(null);
  const countries = useMemo(() => countryOptions(), []);

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
    if ((params.get('q') ?? '') !== debounced.trim()) setParam('q', debounced.trim());
  }, [debounced]);

  const list = useEventRegistrations(event.id, filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.nationality || filters.q);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('console.registrations.title')}
        </Title>
        <Exports event={event} filters={filters} />
      </Group>
      <Text c="dimmed" size="sm">
        {t('console.registrations.summary', {
          confirmed: event.seatsTaken,
          capacity: event.capacity,
          waitlisted: event.waitlistCount,
          pending: event.pendingCount,
        })}
      </Text>

      <Tabs
        value={view}
        onChange={(value) => setParam('view', value === 'waiting-list' ? value : null)}
      >
        <Tabs.List>
          <Tabs.Tab value="all">{t('console.registrations.allTab')}</Tabs.Tab>
          <Tabs.Tab value="waiting-list">
            {t('console.registrations.waitingListTab', { count: event.waitlistCount })}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="all" pt="md">
          <Stack gap="md">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TextInput
                label={t('console.registrations.search')}
                placeholder={t('console.registrations.searchPlaceholder')}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                type="search"
                maxLength={100}
                style={{ flex: '1 1 16rem' }}
              />
              <Select
                label={t('console.registrations.statusFilter')}
                data={[
                  { value: ALL, label: t('console.registrations.allStatuses') },
                  ...STATUSES.map((status) => ({
                    value: status,
                    label: t(`registrations.status.${status}`),
                  })),
                ]}
                value={filters.status ?? ALL}
                onChange={(value) => setParam('status', value === ALL ? null : value)}
                allowDeselect={false}
                w={200}
              />
              <Select
                label={t('console.registrations.nationalityFilter')}
                data={[
                  { value: ALL, label: t('console.registrations.allCountries') },
                  ...countries,
                ]}
                value={filters.nationality ?? ALL}
                onChange={(value) => setParam('nationality', value === ALL ? null : value)}
                searchable
                allowDeselect={false}
                w={220}
              />
              {filtered && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSearch('');
                    setParams(new URLSearchParams(), { replace: true });
                  }}
                >
                  {t('console.registrations.clearFilters')}
                </Button>
              )}
            </Group>

            {list.isPending ? (
              <Loading />
            ) : !list.data ? (
              <LoadError error={list.error} onRetry={() => void list.refetch()} />
            ) : items.length === 0 ? (
              <EmptyState
                title={
                  filtered
                    ? t('console.registrations.noMatch')
                    : t('console.registrations.emptyTitle')
                }
              >
                {filtered
                  ? t('console.registrations.noMatchHelp')
                  : t('console.registrations.emptyHelp')}
              </EmptyState>
            ) : (
              <>
                <ScrollTable minWidth={760} label={t('console.registrations.title')}>
                  <Table
                    striped
                    highlightOnHover
                    aria-label={t('console.registrations.title')}
                    aria-busy={list.isFetching}
                  >
                    <TableHead zone={event.timezone} />
                    <Table.Tbody>
                      <RegistrationRows items={items} zone={event.timezone} onOpen={setOpenId} />
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed" role="status">
                    {t('console.registrations.shown', { count: items.length })}
                  </Text>
                  {list.hasNextPage && (
                    <Button
                      variant="default"
                      onClick={() => void list.fetchNextPage()}
                      loading={list.isFetchingNextPage}
                    >
                      {t('console.registrations.loadMore')}
                    </Button>
                  )}
                </Group>
              </>
            )}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="waiting-list" pt="md">
          {view === 'waiting-list' && <WaitingList event={event} onOpen={setOpenId} />}
        </Tabs.Panel>
      </Tabs>

      <RegistrationDetail
        event={event}
        registrationId={openId}
        canAct={role === 'organizer'}
        onClose={() => setOpenId(null)}
      />
    </Stack>
  );
}
