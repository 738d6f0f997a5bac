import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Group,
  Paper,
  RingProgress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useEventConsole } from '../EventConsoleLayout';
import { useEventStats } from './queries';
import type { Schemas } from '@/api/types';
import { LoadError, Loading } from '@/common/QueryStates';
import { countryName } from '@/format/countries';
import { localDate, zoneLabel } from '@/format/time';

type Stats = Schemas['EventStatsDto'];

/** The event at a glance (organizers): seats, countries, registrations over time, emails. */
export default function EventDashboardPage() {
  const { t } = useTranslation();
  const { event, role } = useEventConsole();
  const stats = useEventStats(event.id, role === 'organizer');

  if (role !== 'organizer')
    return (
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('console.tabs.dashboard')}
        </Title>
        <Text>{t('console.dashboard.organizersOnly')}</Text>
        <Anchor component={RouterLink} to={`/console/events/${event.id}/today`}>
          {t('console.dashboard.goToday')}
        </Anchor>
      </Stack>
    );
  if (stats.isPending) return <Loading />;
  if (stats.isError) return <LoadError error={stats.error} onRetry={() => void stats.refetch()} />;
  return <Dashboard stats={stats.data} eventId={event.id} />;
}

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Figure({
  label,
  value,
  to,
  tone,
}: {
  label: string;
  value: number;
  to?: string;
  tone?: 'alert';
}) {
  const figure = (
    <Text fz={32} fw={700} lh={1.1} c={tone === 'alert' && value > 0 ? 'red.8' : undefined}>
      {value}
    </Text>
  );
  return (
    <Stack gap={2}>
      {figure}
      {to ? (
        <Anchor component={RouterLink} to={to} size="sm">
          {label}
        </Anchor>
      ) : (
        <Text size="sm">{label}</Text>
      )}
    </Stack>
  );
}

function Dashboard({ stats, eventId }: { stats: Stats; eventId: string }) {
  const { t } = useTranslation();
  const base = `/console/events/${eventId}`;
  const percent = stats.capacity > 0 ? Math.min(100, (stats.seatsTaken / stats.capacity) * 100) : 0;

  const countries = [
    ...new Set([...Object.keys(stats.countryQuotas), ...Object.keys(stats.confirmedByCountry)]),
  ].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const quotaOf = (code: string) => stats.countryQuotas[code] ?? stats.defaultCountryQuota ?? null;
  const countryData = countries.map((code) => ({
    country: code,
    name: countryName(code),
    confirmed: stats.confirmedByCountry[code] ?? 0,
    quota: quotaOf(code) ?? 0,
  }));
  const perDay = stats.registrationsPerDay.map((day) => ({
    date: localDate(day.date, 'short'),
    registrations: day.count,
  }));
  const failed = stats.notificationsToday.failed;

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t('console.dashboard.daysIn', {
          zone: zoneLabel(stats.timezone),
          today: localDate(stats.today),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Card title={t('console.dashboard.seats')} id="seats-title">
          <Group gap="md" wrap="nowrap">
            <RingProgress
              size={120}
              thickness={12}
              roundCaps
              sections={[{ value: percent, color: percent >= 100 ? 'orange.7' : 'teal.7' }]}
              aria-hidden
              label={
                <Text ta="center" fw={700} size="sm">
                  {Math.round(percent)}%
                </Text>
              }
            />
            <Stack gap={2}>
              <Text fz={28} fw={700} lh={1.1} data-testid="seats-taken">
                {t('console.dashboard.seatsOf', {
                  taken: stats.seatsTaken,
                  capacity: stats.capacity,
                })}
              </Text>
              <Text size="sm">{t('console.dashboard.seatsLeft', { count: stats.seatsLeft })}</Text>
            </Stack>
          </Group>
        </Card>
        <Card title={t('console.dashboard.waiting')} id="waiting-title">
          <Group gap="xl">
            <Figure
              label={t('console.dashboard.waitlist', { count: stats.waitlistCount })}
              value={stats.waitlistCount}
              to={`${base}/registrations?status=waitlisted`}
            />
            <Figure
              label={t('console.dashboard.pending', { count: stats.pendingCount })}
              value={stats.pendingCount}
              to={`${base}/registrations?status=pending`}
            />
          </Group>
        </Card>
        <Card title={t('console.dashboard.emailsToday')} id="emails-title">
          <Group gap="xl">
            <Figure label={t('console.dashboard.sent')} value={stats.notificationsToday.sent} />
            <Figure
              label={t('console.dashboard.failed', { count: failed })}
              value={failed}
              to={`${base}/notifications?status=failed`}
              tone="alert"
            />
            <Figure
              label={t('console.dashboard.scheduled')}
              value={stats.notificationsToday.scheduled}
            />
          </Group>
        </Card>
      </SimpleGrid>

      <Card title={t('console.dashboard.byCountry')} id="countries-title">
        {countryData.length === 0 ? (
          <Text c="dimmed">{t('console.dashboard.noCountries')}</Text>
        ) : (
          <>
            <div aria-hidden="true">
              <BarChart
                h={Math.max(220, 40 + countryData.length * 28)}
                data={countryData}
                dataKey="name"
                orientation="vertical"
                yAxisProps={{ width: 130 }}
                xAxisProps={{ allowDecimals: false }}
                maxBarWidth={14}
                withLegend
                series={[
                  { name: 'confirmed', label: t('console.dashboard.confirmed'), color: 'teal.7' },
                  { name: 'quota', label: t('console.dashboard.quota'), color: 'gray.5' },
                ]}
                barChartProps={{ accessibilityLayer: false }}
              />
            </div>
            <VisuallyHidden>
              <Table>
                <caption>{t('console.dashboard.byCountry')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('console.eventForm.country')}</Table.Th>
                    <Table.Th>{t('console.dashboard.confirmed')}</Table.Th>
                    <Table.Th>{t('console.dashboard.quota')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {countryData.map((row) => (
                    <Table.Tr key={row.country}>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>{row.confirmed}</Table.Td>
                      <Table.Td>{quotaOf(row.country) ?? t('console.dashboard.noQuota')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </VisuallyHidden>
          </>
        )}
      </Card>

      <Card title={t('console.dashboard.overTime')} id="time-title">
        {perDay.length === 0 ? (
          <Text c="dimmed">{t('console.dashboard.noRegistrations')}</Text>
        ) : (
          <>
            <div aria-hidden="true">
              <BarChart
                h={220}
                data={perDay}
                dataKey="date"
                maxBarWidth={40}
                yAxisProps={{ allowDecimals: false, width: 40 }}
                series={[
                  {
                    name: 'registrations',
                    label: t('console.dashboard.registrations'),
                    color: 'blue.7',
                  },
                ]}
                barChartProps={{ accessibilityLayer: false }}
              />
            </div>
            <VisuallyHidden>
              <Table>
                <caption>{t('console.dashboard.overTime')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('console.dashboard.day')}</Table.Th>
                    <Table.Th>{t('console.dashboard.registrations')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stats.registrationsPerDay.map((day) => (
                    <Table.Tr key={day.date}>
                      <Table.Td>{localDate(day.date)}</Table.Td>
                      <Table.Td>{day.count}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </VisuallyHidden>
          </>
        )}
      </Card>
    </Stack>
  );
}
