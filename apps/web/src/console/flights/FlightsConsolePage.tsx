import {
  Badge,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError, Loading } from '@/common/QueryStates';
import { clockTimeIn, localDate, zoneLabel } from '@/format/time';
import { useEventConsole } from '../EventConsoleLayout';
import {
  useFlights,
  useMissingTravel,
  type Flight,
  type FlightDirection,
  type MissingTravel,
} from './queries';

const MISSING_KINDS = ['arrival', 'departure', 'passport', 'phone'] as const;

interface AirportGroup {
  airport: string;
  flights: Flight[];
}

interface DayGroup {
  date: string;
  airports: AirportGroup[];
}

/** Flights (already sorted by time) by the local day at their airport, then by airport code. */
function byDayAndAirport(flights: Flight[]): DayGroup[] {
  const days = new Map<string, Map<string, Flight[]>>();
  for (const flight of flights) {
    const airports = days.get(flight.localDate) ?? new Map<string, Flight[]>();
    airports.set(flight.airport, [...(airports.get(flight.airport) ?? []), flight]);
    days.set(flight.localDate, airports);
  }
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, airports]) => ({
      date,
      airports: [...airports]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([airport, list]) => ({ airport, flights: list })),
    }));
}

function AirportTable({
  group,
  date,
  direction,
}: {
  group: AirportGroup;
  date: string;
  direction: FlightDirection;
}) {
  const { t } = useTranslation();
  const first = group.flights[0]!;
  const headingId = `flights-${direction}-${date}-${group.airport}`;
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Group gap="xs" align="baseline" wrap="wrap">
        <Title order={4} size="h5" id={headingId}>
          {t('console.flights.airportTitle', {
            airport: group.airport,
            name: first.airportName ?? first.city ?? group.airport,
          })}
        </Title>
        <Text size="sm" c="dimmed">
          {zoneLabel(first.timezone, first.at, first.city)}
        </Text>
        <Badge variant="light">{t('console.flights.count', { count: group.flights.length })}</Badge>
      </Group>
      <Table.ScrollContainer minWidth={520}>
        <Table striped aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="40%">{t('console.flights.name')}</Table.Th>
              <Table.Th w="15%">{t('console.flights.flight')}</Table.Th>
              <Table.Th w="30%">
                {direction === 'arrival'
                  ? t('console.flights.lands')
                  : t('console.flights.departs')}
              </Table.Th>
              <Table.Th w="15%">{t('console.flights.terminal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.flights.map((flight) => (
              <Table.Tr key={flight.registrationId}>
                <Table.Td>{flight.fullName}</Table.Td>
                <Table.Td>{flight.flightNumber}</Table.Td>
                <Table.Td>{clockTimeIn(flight.at, flight.timezone, flight.city)}</Table.Td>
                <Table.Td>{flight.terminal ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Board({ eventId, direction }: { eventId: string; direction: FlightDirection }) {
  const { t } = useTranslation();
  const flights = useFlights(eventId, direction);
  if (flights.isPending) return <Loading />;
  if (!flights.data)
    return <LoadError error={flights.error} onRetry={() => void flights.refetch()} />;
  if (flights.data.length === 0)
    return (
      <EmptyState title={t(`console.flights.empty.${direction}`)}>
        {t('console.flights.emptyBody')}
      </EmptyState>
    );
  return (
    <Stack gap="lg">
      {byDayAndAirport(flights.data).map((day) => (
        <Paper
          key={day.date}
          withBorder
          p="md"
          component="section"
          aria-labelledby={`flights-${direction}-${day.date}`}
        >
          <Stack gap="md">
            <Title order={3} size="h4" id={`flights-${direction}-${day.date}`}>
              {localDate(day.date)}
            </Title>
            {day.airports.map((group) => (
              <AirportTable
                key={group.airport}
                group={group}
                date={day.date}
                direction={direction}
              />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Who has not yet given what the programme needs, per kind: a count and the names. */
function MissingSummary({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const missing = useMissingTravel(eventId);
  const namesFor = (items: MissingTravel[], kind: (typeof MISSING_KINDS)[number]) =>
    items.filter((item) => item.missing.includes(kind)).map((item) => item.fullName);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="flights-missing">
      <Stack gap="sm">
        <Title order={3} size="h4" id="flights-missing">
          {t('console.flights.missingTitle')}
        </Title>
        {missing.isPending ? (
          <Loading />
        ) : !missing.data ? (
          <LoadError error={missing.error} onRetry={() => void missing.refetch()} />
        ) : missing.data.length === 0 ? (
          <Text>{t('console.flights.nothingMissing')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            {MISSING_KINDS.map((kind) => {
              const names = namesFor(missing.data, kind);
              return (
                <div key={kind} data-missing={kind}>
                  <Text fw={600}>
                    {t(`console.flights.missing.${kind}`)}{' '}
                    <Badge color={names.length ? 'orange.9' : 'teal.9'}>{names.length}</Badge>
                  </Text>
                  <Text size="sm" c={names.length ? undefined : 'dimmed'}>
                    {names.length ? names.join(', ') : t('console.flights.none')}
                  </Text>
                </div>
              );
            })}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The flights board: the confirmed participants' arrivals (or departures) by the local day at
 * the airport, then by airport, with flight numbers and local times in the airport's zone; and
 * who has not yet given their travel details. Organizers and event staff.
 */
export default function FlightsConsolePage() {
  const { t } = useTranslation();
  const { event } = useEventConsole();
  const [direction, setDirection] = useState<FlightDirection>('arrival');
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {t('console.flights.title')}
        </Title>
        <Text c="dimmed">{t('console.flights.subtitle')}</Text>
      </div>
      <MissingSummary eventId={event.id} />
      <SegmentedControl
        aria-label={t('console.flights.direction')}
        value={direction}
        onChange={(value) => setDirection(value as FlightDirection)}
        data={[
          { value: 'arrival', label: t('console.flights.arrivals') },
          { value: 'departure', label: t('console.flights.departures') },
        ]}
        w="fit-content"
      />
      <Board eventId={event.id} direction={direction} />
    </Stack>
  );
}
