import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { onlineManager } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../api/errors';
import type { MyItinerary, Session } from '../api/types';
import { useSession } from '../auth/useSession';
import { EmptyState, Loading, LoadError } from '../common/QueryStates';
import { countryName } from '../format/countries';
import {
  clockTime,
  dateTimeIn,
  localDate,
  localDateOf,
  localDateRange,
  namePlacesAfterVenues,
  ownZone,
  sessionPlaceTimes,
  zoneCity,
} from '../format/time';
import { CalendarLink } from './CalendarLink';
import { PickupSummary } from './PickupSummary';
import { NotConfirmed } from './NotConfirmed';
import { useMyItinerary } from './queries';
import { changedSince, readSeen, writeSeen } from './seen';

interface Day {
  date: string;
  sessions: Session[];
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (callback) => onlineManager.subscribe(callback),
    () => onlineManager.isOnline(),
  );
}

/** The confirmed participant's programme, day by day, in each place's time (or their own). */
export default function ItineraryPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const itinerary = useMyItinerary(eventId);
  const online = useOnline();
  const session = useSession();
  const zone = ownZone(session.data?.timezone);
  const [myTime, setMyTime] = useState(false);
  // What this device saw at the last visit, read once when the page opens.
  const [seen] = useState(() => readSeen(eventId));
  const sessions = useMemo(() => {
    const all = itinerary.data?.days.flatMap((day) => day.sessions) ?? [];
    namePlacesAfterVenues(all);
    return all;
  }, [itinerary.data]);
  const changed = useMemo(() => changedSince(seen, sessions), [seen, sessions]);
  useEffect(() => {
    if (itinerary.data) writeSeen(eventId, sessions);
  }, [eventId, itinerary.data, sessions]);

  if (itinerary.isPending) return <Loading />;
  if (!itinerary.data)
    return isApiError(itinerary.error, 'NOT_FOUND') ? (
      <NotConfirmed />
    ) : (
      <LoadError error={itinerary.error} onRetry={() => void itinerary.refetch()} />
    );

  const { event } = itinerary.data;
  const saved = !online || itinerary.isRefetchError || itinerary.fetchStatus === 'paused';
  const days: Day[] = myTime
    ? regroup(sessions, zone)
    : itinerary.data.days.map((day) => ({ date: day.date, sessions: day.sessions }));

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('itinerary.titleFor', { title: event.title })}</Title>
        <Text c="dimmed">{localDateRange(event.startsOn, event.endsOn)}</Text>
      </div>
      {saved && (
        <Alert color="yellow" role="status">
          {t('itinerary.savedCopy', { time: dateTimeIn(new Date(itinerary.dataUpdatedAt), zone) })}
        </Alert>
      )}
      {changed.size > 0 && (
        <Alert color="blue" role="status">
          {t('itinerary.changedCount', { count: changed.size })}
        </Alert>
      )}
      {itinerary.data.warnings.length > 0 && <Alert color="orange">{t('itinerary.overlap')}</Alert>}
      <Stack gap={4}>
        <Button
          variant={myTime ? 'filled' : 'default'}
          aria-pressed={myTime}
          onClick={() => setMyTime(!myTime)}
          w="fit-content"
        >
          {t('itinerary.myTime', { zone: t('itinerary.zoneName', { city: zoneCity(zone) }) })}
        </Button>
        <Text size="sm" c="dimmed">
          {myTime
            ? t('itinerary.ownTimes', { zone: t('itinerary.zoneName', { city: zoneCity(zone) }) })
            : t('itinerary.placeTimes')}
        </Text>
      </Stack>

      {days.length === 0 ? (
        <EmptyState title={t('itinerary.emptyTitle')}>{t('itinerary.emptyBody')}</EmptyState>
      ) : (
        days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`}>
            <Title order={2} size="h3" id={`day-${day.date}`} mb="xs">
              {localDate(day.date)}
            </Title>
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {day.sessions.map((item) => (
                <li key={item.id}>
                  <SessionCard
                    session={item}
                    zone={myTime ? zone : null}
                    changed={changed.has(item.id)}
                  />
                </li>
              ))}
            </Stack>
          </section>
        ))
      )}

      <PickupSummary pickups={itinerary.data.pickups ?? []} />
      <TeamSummary itinerary={itinerary.data} eventId={eventId} />
      <Accommodation itinerary={itinerary.data} />
      <CalendarLink eventId={eventId} />
    </Stack>
  );
}

/** The sessions by local date in one zone (the person's own), in time order. */
function regroup(sessions: Session[], zone: string): Day[] {
  const days = new Map<string, Session[]>();
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const date = localDateOf(session.startsAt, zone);
    days.set(date, [...(days.get(date) ?? []), session]);
  }
  return [...days].map(([date, items]) => ({ date, sessions: items }));
}

/** "09:00 – 10:30 Seoul time", or "13:00 Seoul time – 16:30 Hanoi time" for a travel leg. */
function timeRange(session: Session, zone: string | null, t: TFunction) {
  if (zone) {
    const endDate = localDateOf(session.endsAt, zone);
    const end = clockTime(session.endsAt, zone);
    return t('time.range', {
      start: clockTime(session.startsAt, zone),
      end:
        endDate === localDateOf(session.startsAt, zone)
          ? t('time.clockIn', { time: end, city: zoneCity(zone) })
          : `${localDate(endDate, 'short')}, ${t('time.clockIn', { time: end, city: zoneCity(zone) })}`,
    });
  }
  return sessionPlaceTimes(session);
}

function SessionCard({
  session,
  zone,
  changed,
}: {
  session: Session;
  zone: string | null;
  changed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-session-id={session.id}>
      <Stack gap={4}>
        <Text fw={700}>{timeRange(session, zone, t)}</Text>
        <Text size="lg" fw={600} component="h3" m={0}>
          {session.title}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="gray" tt="none">
            {t(`itinerary.sessionType.${session.type}`)}
          </Badge>
          {session.mandatory && (
            <Badge variant="light" color="red" tt="none">
              {t('itinerary.mandatory')}
            </Badge>
          )}
          {changed && (
            <Badge variant="filled" color="blue" tt="none">
              {t('itinerary.changed')}
            </Badge>
          )}
        </Group>
        {session.venue && (
          <Text size="sm">
            {t('itinerary.venue', {
              venue: [session.venue.name, session.venue.city].filter(Boolean).join(', '),
            })}
          </Text>
        )}
        {session.description && (
          <Text size="sm" c="dimmed">
            {session.description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Where the participant sleeps: each hotel or dormitory, the room and the roommates. */
function Accommodation({ itinerary }: { itinerary: MyItinerary }) {
  const { t } = useTranslation();
  if (!itinerary.accommodation.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="accommodation-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="accommodation-heading">
          {t('itinerary.accommodation.title')}
        </Title>
        {itinerary.accommodation.map((stay) => (
          <div key={`${stay.name}-${stay.checkInOn}`}>
            <Text fw={600}>
              {stay.name}, {stay.city}
            </Text>
            <Text size="sm">
              {t('itinerary.accommodation.room', { room: stay.room })} ·{' '}
              {localDateRange(stay.checkInOn, stay.checkOutOn)}
            </Text>
            <Text size="sm">
              {stay.roommates.length
                ? t('itinerary.accommodation.roommates', {
                    names: stay.roommates
                      .map((mate) => `${mate.fullName} (${countryName(mate.nationality)})`)
                      .join(', '),
                  })
                : t('itinerary.accommodation.alone')}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function TeamSummary({ itinerary, eventId }: { itinerary: MyItinerary; eventId: string }) {
  const { t } = useTranslation();
  const { team, missions, event } = itinerary;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-heading">
          {team ? `${t('itinerary.team.title')}: ${team.name}` : t('itinerary.team.title')}
        </Title>
        {team ? (
          <List size="sm" spacing={2}>
            {team.members.map((member, index) => (
              <List.Item key={`${member.fullName}-${index}`}>
                {member.fullName} · {countryName(member.nationality)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('itinerary.team.none')}</Text>
        )}
        {missions.length > 0 && (
          <>
            <Title order={3} size="h4">
              {t('itinerary.missions.title')}
            </Title>
            <List size="sm" spacing={4}>
              {missions.map((mission) => (
                <List.Item key={mission.id}>
                  {mission.title} ·{' '}
                  {t('itinerary.missions.due', { time: dateTimeIn(mission.dueAt, event.timezone) })}{' '}
                  ·{' '}
                  {mission.submitted
                    ? t('itinerary.missions.submitted')
                    : t('itinerary.missions.notSubmitted')}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {team && (
          <div>
            <Anchor component={RouterLink} to={`/me/teams/${eventId}`}>
              {t('itinerary.team.open')}
            </Anchor>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
