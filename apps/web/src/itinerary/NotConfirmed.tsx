import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../common/QueryStates';

/** The itinerary is for confirmed participants: anyone else is told where to look. */
export function NotConfirmed() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('itinerary.title')}</Title>
      <EmptyState title={t('itinerary.notConfirmedTitle')}>
        <Stack align="center" gap="sm" component="span">
          <span>{t('itinerary.notConfirmedBody')}</span>
          <Anchor component={RouterLink} to="/me/registrations">
            {t('registrations.mine.title')}
          </Anchor>
        </Stack>
      </EmptyState>
    </Stack>
  );
}
