import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummary } from '../api/types';
import { localDateRange, zoneCity } from '../format/time';

/** Seats left, or "waiting list" once full; a cancelled event says so. */
export function SeatsBadge({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  if (event.status === 'cancelled') return <Badge color="gray.7">{t('events.cancelled')}</Badge>;
  if (event.seatsLeft > 0)
    return <Badge color="teal.9">{t('events.seatsLeft', { count: event.seatsLeft })}</Badge>;
  return <Badge color="yellow.4">{t('events.waitingList')}</Badge>;
}

export function EventCard({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4">
            <Link to={`/events/${event.id}`} className="stretched-link">
              {event.title}
            </Link>
          </Title>
          <SeatsBadge event={event} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`events.kind.${event.kind}`)} · {localDateRange(event.startsOn, event.endsOn)} ·{' '}
          {zoneCity(event.timezone)}
        </Text>
        {event.status === 'draft' && (
          <Badge variant="outline" color="gray" w="fit-content">
            {t('events.draft')}
          </Badge>
        )}
      </Stack>
    </Card>
  );
}
