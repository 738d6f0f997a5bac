import {
  Alert,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '@/api/types';
import { ApiError } from '@/api/errors';
import { EmptyState, LoadError, Loading, useErrorMessage } from '@/common/QueryStates';
import { countryName } from '@/format/countries';
import { localDateRange } from '@/format/time';
import { useEventConsole } from '../EventConsoleLayout';
import {
  type Accommodation,
  useAddRoom,
  useAutoAssignRooms,
  useConsoleAccommodations,
  useCreateAccommodation,
  usePlaceOccupant,
  useRemoveOccupant,
} from './queries';

/** Room errors in words: a refused move names the rule it breaks. */
function useRoomsErrorMessage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  return (error: unknown) => {
    if (error instanceof ApiError && error.code === 'ROOM_RULE') {
      const rule = error.details[0]?.constraint ?? '';
      if (i18n.exists(`console.rooms.rules.${rule}`))
        return t('console.rooms.refused', { rule: t(`console.rooms.rules.${rule}`) });
    }
    // The API writes NOT_ENOUGH_BEDS, ROOM_FULL and the others for people, naming who and where.
    return message(error);
  };
}

function Kind({ roomSharing, minor }: { roomSharing: string; minor: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray.8" tt="none">
      {t(`console.rooms.sharing.${roomSharing}`, roomSharing)}
      {minor ? ` · ${t('console.rooms.minor')}` : ''}
    </Badge>
  );
}

function NewAccommodation({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const create = useCreateAccommodation(event.id);
  const errorWords = useRoomsErrorMessage();
  const [values, setValues] = useState({
    name: '',
    city: '',
    timezone: event.timezone,
    checkInOn: event.startsOn,
    checkOutOn: event.endsOn,
  });
  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [field]: e.currentTarget.value });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-accommodation-heading">
      <Title order={3} size="h4" id="new-accommodation-heading" mb="sm">
        {t('console.rooms.newAccommodation')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(values, {
            onSuccess: () => setValues({ ...values, name: '', city: '' }),
          });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <TextInput
            required
            label={t('console.rooms.name')}
            value={values.name}
            onChange={set('name')}
          />
          <TextInput
            required
            label={t('console.rooms.city')}
            value={values.city}
            onChange={set('city')}
          />
          <TextInput
            required
            label={t('console.rooms.timezone')}
            value={values.timezone}
            onChange={set('timezone')}
          />
          <TextInput
            required
            type="date"
            label={t('console.rooms.checkInOn')}
            value={values.checkInOn}
            onChange={set('checkInOn')}
          />
          <TextInput
            required
            type="date"
            label={t('console.rooms.checkOutOn')}
            value={values.checkOutOn}
            onChange={set('checkOutOn')}
          />
        </SimpleGrid>
        {create.error && (
          <Alert color="red" role="alert" mt="sm">
            {errorWords(create.error)}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={create.isPending}>
            {t('console.rooms.createAccommodation')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function AddRoom({ eventId, accommodation }: { eventId: string; accommodation: Accommodation }) {
  const { t } = useTranslation();
  const add = useAddRoom(eventId);
  const errorWords = useRoomsErrorMessage();
  const [label, setLabel] = useState('');
  const [beds, setBeds] = useState<number | string>(2);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { accommodationId: accommodation.id, label, beds: Number(beds) },
          { onSuccess: () => setLabel('') },
        );
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          required
          label={t('console.rooms.roomLabel')}
          aria-label={t('console.rooms.roomLabelIn', { name: accommodation.name })}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          w={140}
        />
        <NumberInput
          label={t('console.rooms.beds')}
          aria-label={t('console.rooms.bedsIn', { name: accommodation.name })}
          min={1}
          max={50}
          value={beds}
          onChange={setBeds}
          w={100}
        />
        <Button type="submit" variant="default" loading={add.isPending}>
          {t('console.rooms.addRoom')}
        </Button>
      </Group>
      {add.error && (
        <Alert color="red" role="alert" mt="sm">
          {errorWords(add.error)}
        </Alert>
      )}
    </form>
  );
}

function AccommodationCard({
  eventId,
  accommodation,
  organizer,
}: {
  eventId: string;
  accommodation: Accommodation;
  organizer: boolean;
}) {
  const { t } = useTranslation();
  const errorWords = useRoomsErrorMessage();
  const autoAssign = useAutoAssignRooms(eventId);
  const place = usePlaceOccupant(eventId);
  const remove = useRemoveOccupant(eventId);
  const headingId = `accommodation-${accommodation.id}`;
  const rooms = accommodation.rooms.map((room) => ({
    value: room.id,
    label: t('console.rooms.roomOption', {
      label: room.label,
      free: room.beds - room.occupants.length,
    }),
  }));
  const error = autoAssign.error ?? place.error ?? remove.error;
  const clear = () => {
    autoAssign.reset();
    place.reset();
    remove.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {accommodation.name}
            </Title>
            <Text size="sm" c="dimmed">
              {accommodation.city} ·{' '}
              {localDateRange(accommodation.checkInOn, accommodation.checkOutOn)} ·{' '}
              {t('console.rooms.nights', { count: accommodation.nights })}
            </Text>
          </div>
          <Group gap="sm">
            <Button
              component="a"
              variant="default"
              href={`/api/v1/accommodations/${accommodation.id}/rooming-list.csv`}
              download
            >
              {t('console.rooms.download')}
            </Button>
            {organizer && (
              <Button
                loading={autoAssign.isPending}
                disabled={accommodation.rooms.length === 0}
                onClick={() => {
                  clear();
                  autoAssign.mutate(accommodation.id);
                }}
              >
                {t('console.rooms.autoAssign')}
              </Button>
            )}
          </Group>
        </Group>
        {error && (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            closeButtonLabel={t('console.rooms.dismiss')}
            onClose={clear}
          >
            {errorWords(error)}
          </Alert>
        )}
        {organizer && <AddRoom eventId={eventId} accommodation={accommodation} />}
        {accommodation.rooms.length === 0 ? (
          <EmptyState title={t('console.rooms.noRoomsTitle')}>
            {organizer ? t('console.rooms.noRoomsOrganizer') : t('console.rooms.noRooms')}
          </EmptyState>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {accommodation.rooms.map((room) => (
              <Card key={room.id} withBorder data-room={room.label}>
                <Group justify="space-between" mb="xs">
                  <Title order={4} size="h5">
                    {t('console.rooms.room', { label: room.label })}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('console.rooms.bedsUsed', { used: room.occupants.length, beds: room.beds })}
                  </Text>
                </Group>
                {room.occupants.length === 0 ? (
                  <Text size="sm">{t('console.rooms.emptyRoom')}</Text>
                ) : (
                  <Stack gap="xs">
                    {room.occupants.map((occupant) => (
                      <Stack
                        key={occupant.registrationId}
                        gap={4}
                        data-occupant={occupant.fullName}
                      >
                        <Group gap="xs" justify="space-between" wrap="nowrap">
                          <Text size="sm">
                            {occupant.fullName} · {countryName(occupant.nationality)}
                          </Text>
                          {organizer && (
                            <CloseButton
                              size="sm"
                              aria-label={t('console.rooms.takeOut', { name: occupant.fullName })}
                              disabled={remove.isPending}
                              onClick={() => {
                                clear();
                                remove.mutate({
                                  roomId: room.id,
                                  registrationId: occupant.registrationId,
                                });
                              }}
                            />
                          )}
                        </Group>
                        <Group gap="xs">
                          <Kind roomSharing={occupant.roomSharing} minor={occupant.minor} />
                          {organizer && (
                            <Select
                              size="xs"
                              w={170}
                              aria-label={t('console.rooms.moveNamed', { name: occupant.fullName })}
                              placeholder={t('console.rooms.moveTo')}
                              data={rooms.filter((option) => option.value !== room.id)}
                              value={null}
                              disabled={place.isPending}
                              onChange={(roomId) => {
                                clear();
                                if (roomId)
                                  place.mutate({ roomId, registrationId: occupant.registrationId });
                              }}
                            />
                          )}
                        </Group>
                      </Stack>
                    ))}
                  </Stack>
                )}
              </Card>
            ))}
          </SimpleGrid>
        )}
        <div>
          <Title order={4} size="h5" mb="xs">
            {t('console.rooms.unassigned', { count: accommodation.unassigned.length })}
          </Title>
          {accommodation.unassigned.length === 0 ? (
            <Text size="sm">{t('console.rooms.everyonePlaced')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table>
                <Table.Tbody>
                  {accommodation.unassigned.map((person) => (
                    <Table.Tr key={person.registrationId}>
                      <Table.Td>{person.fullName}</Table.Td>
                      <Table.Td>{countryName(person.nationality)}</Table.Td>
                      <Table.Td>
                        <Kind roomSharing={person.roomSharing} minor={person.minor} />
                      </Table.Td>
                      {organizer && (
                        <Table.Td>
                          <Select
                            size="xs"
                            w={170}
                            aria-label={t('console.rooms.placeNamed', { name: person.fullName })}
                            placeholder={t('console.rooms.putIn')}
                            data={rooms}
                            value={null}
                            disabled={place.isPending || rooms.length === 0}
                            onChange={(roomId) => {
                              clear();
                              if (roomId)
                                place.mutate({ roomId, registrationId: person.registrationId });
                            }}
                          />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/**
 * Rooms: organizers add hotels and dormitories and their rooms, assign everyone by the rooming
 * rules, move people (a refused move says which rule it breaks) and download the hotel's
 * rooming list; staff see the rooms and download the list.
 */
export default function RoomsConsolePage() {
  const { t } = useTranslation();
  const { event, role } = useEventConsole();
  const organizer = role === 'organizer';
  const accommodations = useConsoleAccommodations(event.id);
  return (
    <Stack gap="xl">
      <div>
        <Title order={2} size="h3">
          {t('console.rooms.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {organizer ? t('console.rooms.subtitleOrganizer') : t('console.rooms.subtitleStaff')}
        </Text>
      </div>
      {accommodations.isPending ? (
        <Loading />
      ) : !accommodations.data ? (
        <LoadError error={accommodations.error} onRetry={() => void accommodations.refetch()} />
      ) : accommodations.data.items.length === 0 ? (
        <EmptyState title={t('console.rooms.emptyTitle')}>
          {organizer ? t('console.rooms.emptyBodyOrganizer') : t('console.rooms.emptyBody')}
        </EmptyState>
      ) : (
        accommodations.data.items.map((accommodation) => (
          <AccommodationCard
            key={accommodation.id}
            eventId={event.id}
            accommodation={accommodation}
            organizer={organizer}
          />
        ))
      )}
      {organizer && <NewAccommodation event={event} />}
    </Stack>
  );
}
