import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/errors';
import type { EventSummary, Me, Schemas, Session } from '../api/types';
import { signInPath } from '../auth/RequireAuth';
import { useSession } from '../auth/useSession';
import { LoadError, Loading } from '../common/QueryStates';
import {
  dateTimeIn,
  localDate,
  localDateRange,
  namePlacesAfterVenues,
  sessionPlaceTimes,
  zoneLabel,
} from '../format/time';
import { SeatsBadge } from './EventCard';
import { useMyRegistrations } from '../registrations/queries';
import { useEvent, useEventItinerary } from './queries';

/** Registrations that still hold (or wait for) a place; others allow a new registration. */
const ACTIVE = new Set(['pending', 'confirmed', 'waitlisted']);

/** One event, for anyone: what, when (in its own zone), seats, registration, programme. */
export default function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  if (event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  return <EventDetails event={event.data} />;
}

function EventDetails({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data ?? null;
  const cancelled = event.status === 'cancelled';
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="outline" color="blue.9">
            {t(`events.kind.${event.kind}`)}
          </Badge>
          <SeatsBadge event={event} />
          {event.status === 'draft' && (
            <Badge variant="outline" color="gray.8">
              {t('events.draft')}
            </Badge>
          )}
        </Group>
        <Title order={1}>{event.title}</Title>
        <Text fw={500}>
          {t('eventPage.datesIn', {
            dates: localDateRange(event.startsOn, event.endsOn),
            zone: zoneLabel(event.timezone, event.startsAt),
          })}
        </Text>
      </Stack>

      {event.status === 'draft' && <Text c="dimmed">{t('eventPage.draftNotice')}</Text>}
      <Grid gap="lg">
        {/* On phones the registration comes first; on wider screens it sits on the right. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          {cancelled ? (
            <Alert color="gray" title={t('eventPage.cancelledTitle')} role="status">
              {t('eventPage.cancelledBody')}
            </Alert>
          ) : (
            <RegistrationPanel event={event} user={user} sessionPending={session.isPending} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            {event.description && (
              <Stack gap="xs" component="section" aria-labelledby="about-title">
                <Title order={2} size="h3" id="about-title">
                  {t('eventPage.about')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line' }}>{event.description}</Text>
              </Stack>
            )}
            <Programme event={event} signedIn={Boolean(user)} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

type WindowState = { state: 'before' | 'open' | 'after'; at: string };

/** Where the registration opening stands now, from the event's own dates (the API decides). */
function registrationWindow(event: EventSummary, now = Date.now()): WindowState | null {
  const opens = event.registrationOpensAt ?? event.publishedAt;
  const closes = event.registrationClosesAt ?? event.startsAt;
  if (opens && now < Date.parse(opens)) return { state: 'before', at: opens };
  if (now < Date.parse(closes)) return { state: 'open', at: closes };
  return { state: 'after', at: closes };
}

function RegistrationPanel({
  event,
  user,
  sessionPending,
}: {
  event: EventSummary;
  user: Me | null;
  sessionPending: boolean;
}) {
  const { t } = useTranslation();
  const opening = registrationWindow(event);
  const when = opening ? dateTimeIn(opening.at, event.timezone) : '';
  const registerPath = `/events/${event.id}/register`;

  let action = null;
  if (sessionPending) action = null;
  else if (user) action = <SignedInAction event={event} open={opening?.state === 'open'} />;
  else if (opening?.state === 'open')
    action = (
      <Button component={Link} to={signInPath(registerPath)} size="md">
        {t('eventPage.signInToRegister')}
      </Button>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="registration-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="registration-title">
          {t('eventPage.registration')}
        </Title>
        <List spacing={4} size="sm">
          <List.Item>
            {event.seatsLeft > 0
              ? t('eventPage.seatsLeft', { count: event.seatsLeft, capacity: event.capacity })
              : t('eventPage.full')}
          </List.Item>
          {event.waitlistCount > 0 && (
            <List.Item>{t('eventPage.waitlisted', { count: event.waitlistCount })}</List.Item>
          )}
          {opening && (
            <List.Item>
              {opening.state === 'before'
                ? t('eventPage.opensAt', { when })
                : opening.state === 'open'
                  ? t('eventPage.openUntil', { when })
                  : t('eventPage.closedSince', { when })}
            </List.Item>
          )}
          <List.Item>
            {event.requiresApproval ? t('eventPage.approvalNeeded') : t('eventPage.noApproval')}
          </List.Item>
          {event.requireVerifiedEmail && (
            <List.Item>{t('eventPage.verifiedEmailNeeded')}</List.Item>
          )}
        </List>
        {action}
      </Stack>
    </Paper>
  );
}

/** A link to the person's registration for this event, else "Register" while it is open. */
function SignedInAction({ event, open }: { event: EventSummary; open: boolean }) {
  const { t } = useTranslation();
  const mine = useMyRegistrations();
  if (mine.isPending) return null;
  const registration = mine.data?.items.find(
    (item) => item.eventId === event.id && ACTIVE.has(item.status),
  );
  if (registration)
    return (
      <Stack gap="xs">
        <Text>{t('eventPage.alreadyRegistered')}</Text>
        <Button component={Link} to={`/me/registrations/${registration.id}`}>
          {t('eventPage.yourRegistration')}
        </Button>
      </Stack>
    );
  if (!open) return null;
  return (
    <Button component={Link} to={`/events/${event.id}/register`} size="md">
      {event.seatsLeft > 0 ? t('eventPage.register') : t('eventPage.joinWaitingList')}
    </Button>
  );
}

/**
 * The programme, when the event's itinerary is public (or the person may see it). A visitor
 * who may not see it sees nothing: no error for a programme that is simply not published.
 */
function Programme({ event, signedIn }: { event: EventSummary; signedIn: boolean }) {
  const { t } = useTranslation();
  // Asked only when it can answer: a signed-out visitor's 401 would send them to sign in.
  const itinerary = useEventItinerary(event.id, event.itineraryVisibility === 'public' || signedIn);
  if (itinerary.isPending || !itinerary.data) {
    if (itinerary.isError && !isApiError(itinerary.error))
      return <LoadError error={itinerary.error} onRetry={() => void itinerary.refetch()} />;
    return null;
  }
  const days = itinerary.data.days;
  if (days.length === 0) return null;
  namePlacesAfterVenues(days.flatMap((day) => day.sessions));
  return (
    <Stack gap="md" component="section" aria-labelledby="programme-title">
      <div>
        <Title order={2} size="h3" id="programme-title">
          {t('eventPage.programme')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('eventPage.programmeNote')}
        </Text>
      </div>
      {days.map((day) => (
        <ProgrammeDay key={day.date} day={day} />
      ))}
    </Stack>
  );
}

function ProgrammeDay({ day }: { day: Schemas['ItineraryDayDto'] }) {
  const headingId = `day-${day.date}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {localDate(day.date)}
      </Title>
      {day.sessions.map((session) => (
        <SessionCard key={session.id} session={session} />
      ))}
    </Stack>
  );
}

function SessionCard({ session }: { session: Session }) {
  const { t } = useTranslation();
  const time = sessionPlaceTimes(session);
  return (
    <Card withBorder padding="sm" component="article">
      <Stack gap={4}>
        <Text size="sm" fw={600} c="blue.9">
          {time}
        </Text>
        <Text fw={600}>{session.title}</Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t(`eventPage.sessionType.${session.type}`)}
            {session.venue ? ` · ${session.venue.name}, ${session.venue.city}` : ''}
          </Text>
          {session.mandatory && (
            <Badge size="sm" variant="light" color="grape.9">
              {t('eventPage.mandatory')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
