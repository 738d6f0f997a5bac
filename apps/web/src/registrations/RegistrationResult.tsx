import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EventSummary, Registration } from '../api/types';

/** What a person sees right after registering: confirmed, waiting list (with place), pending. */
export function RegistrationResult({
  registration,
  event,
}: {
  registration: Registration;
  event: EventSummary;
}) {
  const { t } = useTranslation();
  const { status } = registration;
  const key =
    status === 'confirmed' ? 'confirmed' : status === 'waitlisted' ? 'waitlisted' : 'pending';
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t(`registrations.result.${key}Title`)}</Title>
      <Alert color={key === 'confirmed' ? 'green' : key === 'waitlisted' ? 'yellow' : 'blue'}>
        <Stack gap="xs">
          {status === 'waitlisted' && registration.waitlistPosition !== undefined && (
            <Text fw={700}>
              {t('registrations.waitlistPosition', { position: registration.waitlistPosition })}
            </Text>
          )}
          <Text size="sm">{t(`registrations.result.${key}Body`, { title: event.title })}</Text>
        </Stack>
      </Alert>
      <div>
        <Button component={RouterLink} to={`/me/registrations/${registration.id}`}>
          {t('registrations.result.view')}
        </Button>
      </div>
    </Stack>
  );
}
