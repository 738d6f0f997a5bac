import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError, Loading } from '@/common/QueryStates';
import { clockTime, dateTimeIn } from '@/format/time';
import { instantOf } from '@/format/instant';
import { useActionError } from '@/registrations/errors';
import { useEventConsole } from '../EventConsoleLayout';
import { useOrganizationMembers } from '../registrations/queries';
import { usePickups, usePlanPickups, useUpdatePickup, type Pickup } from './queries';

function PlanForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const plan = usePlanPickups(eventId);
  const actionError = useActionError();
  const [airport, setAirport] = useState('ICN');
  const [windowMinutes, setWindow] = useState<number | string>(90);
  const [bufferMinutes, setBuffer] = useState<number | string>(45);
  const [maxGroupSize, setMax] = useState<number | string>('');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="plan-heading">
          {t('console.pickups.planTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('console.pickups.planHint')}
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('console.pickups.airport')}
            value={airport}
            onChange={(e) => setAirport(e.currentTarget.value)}
            w={100}
          />
          <NumberInput
            label={t('console.pickups.window')}
            value={windowMinutes}
            onChange={setWindow}
            min={0}
            w={150}
          />
          <NumberInput
            label={t('console.pickups.buffer')}
            value={bufferMinutes}
            onChange={setBuffer}
            min={0}
            w={150}
          />
          <NumberInput
            label={t('console.pickups.maxGroupSize')}
            value={maxGroupSize}
            onChange={setMax}
            min={1}
            w={150}
          />
          <Button
            loading={plan.isPending}
            onClick={() =>
              plan.mutate({
                airport: airport.trim(),
                windowMinutes: Number(windowMinutes),
                bufferMinutes: Number(bufferMinutes),
                ...(maxGroupSize === '' ? {} : { maxGroupSize: Number(maxGroupSize) }),
              })
            }
          >
            {t('console.pickups.plan')}
          </Button>
        </Group>
        {plan.isError && (
          <Alert color="red" role="alert">
            {actionError(plan.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function PickupCard({
  pickup,
  organizer,
  eventId,
  staffOptions,
}: {
  pickup: Pickup;
  organizer: boolean;
  eventId: string;
  staffOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const update = useUpdatePickup(eventId);
  const actionError = useActionError();
  const [meet, setMeet] = useState(pickup.localMeet.slice(0, 16));
  const headingId = `pickup-${pickup.id}`;
  const save = (body: Parameters<typeof update.mutate>[0]['body']) =>
    update.mutate({ id: pickup.id, body });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={headingId}>
            {t('console.pickups.cardTitle', {
              airport: pickup.airport,
              time: dateTimeIn(pickup.meetAt, pickup.timezone),
            })}
          </Title>
          <Group gap="xs">
            <Badge variant="light">
              {t('console.pickups.count', { count: pickup.participants.length })}
            </Badge>
            {pickup.locked && <Badge color="gray">{t('console.pickups.locked')}</Badge>}
          </Group>
        </Group>
        {pickup.note && <Text>{pickup.note}</Text>}
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.pickups.name')}</Table.Th>
                <Table.Th>{t('console.pickups.flight')}</Table.Th>
                <Table.Th>{t('console.pickups.lands')}</Table.Th>
                <Table.Th>{t('console.pickups.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pickup.participants.map((participant) => (
                <Table.Tr key={participant.registrationId}>
                  <Table.Td>{participant.fullName}</Table.Td>
                  <Table.Td>{participant.flightNumber ?? '—'}</Table.Td>
                  <Table.Td>
                    {clockTime(participant.arrivesAt, pickup.timezone)}
                    {participant.conflict && (
                      <Text size="sm" c="orange.9">
                        {participant.conflict.arrivesAt
                          ? t('console.pickups.conflictNow', {
                              time: dateTimeIn(participant.conflict.arrivesAt, pickup.timezone),
                            })
                          : t('console.pickups.conflictGone')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{participant.phone ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm">
          {t('console.pickups.staff')}:{' '}
          {pickup.staff.length
            ? pickup.staff.map((person) => person.fullName).join(', ')
            : t('console.pickups.noStaff')}
        </Text>
        {organizer && (
          <Stack gap="sm">
            <MultiSelect
              label={t('console.pickups.assignStaff')}
              data={staffOptions}
              value={pickup.staff.map((person) => person.id)}
              onChange={(staffIds) => save({ staffIds })}
              searchable
            />
            <Group align="flex-end" gap="sm">
              <TextInput
                type="datetime-local"
                label={t('console.pickups.meetAt', { airport: pickup.airport })}
                value={meet}
                onChange={(e) => setMeet(e.currentTarget.value)}
              />
              <Button
                variant="default"
                onClick={() => {
                  const [date = '', time = ''] = meet.split('T');
                  const meetAt = instantOf(date, time.slice(0, 5), pickup.timezone);
                  if (meetAt) save({ meetAt });
                }}
              >
                {t('console.pickups.saveMeet')}
              </Button>
              <Button variant="default" onClick={() => save({ locked: !pickup.locked })}>
                {pickup.locked ? t('console.pickups.unlock') : t('console.pickups.lock')}
              </Button>
            </Group>
          </Stack>
        )}
        {update.isError && (
          <Alert color="red" role="alert">
            {actionError(update.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Airport pickups: organizers group the arrivals at an airport, name the staff who meet each
 * group, move a meeting and lock a group; staff read the manifest (names, flights, phones).
 */
export default function PickupsConsolePage() {
  const { t } = useTranslation();
  const { event, role } = useEventConsole();
  const organizer = role === 'organizer';
  const pickups = usePickups(event.id);
  const members = useOrganizationMembers(event.organizationId);
  const staffOptions = (members.data?.items ?? []).map((member) => ({
    value: member.userId,
    label: member.fullName ?? member.userId,
  }));
  const conflicts = (pickups.data?.items ?? []).filter((pickup) =>
    pickup.participants.some((participant) => participant.conflict),
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {t('console.pickups.title')}
        </Title>
        <Text c="dimmed">{t('console.pickups.subtitle')}</Text>
      </div>
      {organizer && <PlanForm eventId={event.id} />}
      {conflicts.length > 0 && (
        <Alert color="orange" role="status">
          {t('console.pickups.conflicts', { count: conflicts.length })}
        </Alert>
      )}
      {pickups.isPending ? (
        <Loading />
      ) : !pickups.data ? (
        <LoadError error={pickups.error} onRetry={() => void pickups.refetch()} />
      ) : pickups.data.items.length === 0 ? (
        <EmptyState title={t('console.pickups.empty')}>{t('console.pickups.emptyBody')}</EmptyState>
      ) : (
        pickups.data.items.map((pickup) => (
          <PickupCard
            key={`${pickup.id}-${pickup.meetAt}`}
            pickup={pickup}
            organizer={organizer}
            eventId={event.id}
            staffOptions={staffOptions}
          />
        ))
      )}
    </Stack>
  );
}
