import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/types';
import { dateTimeIn } from '../format/time';

/** The participant's airport pickups: where and when staff meet them, in the airport's own time. */
export function PickupSummary({ pickups }: { pickups: Schemas['ItineraryPickupDto'][] }) {
  const { t } = useTranslation();
  if (pickups.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pickup-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="pickup-heading">
          {t('itinerary.pickup.title')}
        </Title>
        {pickups.map((pickup) => (
          <Stack gap={2} key={`${pickup.airport}-${pickup.meetAt}`}>
            <Text fw={700}>
              {t('itinerary.pickup.meet', {
                airport: pickup.airport,
                time: dateTimeIn(pickup.meetAt, pickup.timezone),
              })}
            </Text>
            {pickup.note && <Text>{t('itinerary.pickup.note', { note: pickup.note })}</Text>}
          </Stack>
        ))}
        <Text size="sm" c="dimmed">
          {t('itinerary.pickup.flightChanged')}
        </Text>
      </Stack>
    </Paper>
  );
}
