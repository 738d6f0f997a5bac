import { Alert, Button, Group, Modal, Stack, Text, Timeline, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { Registration, Schemas } from '../api/types';
import { useSession } from '../auth/useSession';
import { Loading, LoadError } from '../common/QueryStates';
import { useEvent } from '../events/queries';
import { countryName } from '../format/countries';
import { dateTimeIn, localDate, localDateRange, ownZone, zoneLabel } from '../format/time';
import { useInvitationLetters } from '../letters/queries';
import { useActionError } from './errors';
import { useCancelRegistration, useRegistration, useRegistrationHistory } from './queries';
import { StatusBadge } from './StatusBadge';

const ACTIVE: Registration['status'][] = ['pending', 'confirmed', 'waitlisted'];

/** One of the person's registrations: status, place in line, history, links, cancel. */
export default function RegistrationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const registration = useRegistration(id);
  if (registration.isPending) return <Loading />;
  if (registration.isError)
    return <LoadError error={registration.error} onRetry={() => void registration.refetch()} />;
  return (
    <RegistrationDetail registration={registration.data} title={t('registrations.detail.title')} />
  );
}

function RegistrationDetail({
  registration,
  title,
}: {
  registration: Registration;
  title: string;
}) {
  const { t } = useTranslation();
  const event = useEvent(registration.eventId);
  const cancel = useCancelRegistration(registration.id);
  const actionError = useActionError();
  const [opened, { open, close }] = useDisclosure(false);
  const { status } = registration;

  return (
    <Stack gap="md" maw={720}>
      <div>
        <Title order={1}>{event.data ? event.data.title : title}</Title>
        {event.data && (
          <Text c="dimmed">
            {t('registrations.detail.eventDates', {
              dates: localDateRange(event.data.startsOn, event.data.endsOn),
              zone: zoneLabel(event.data.timezone, event.data.startsAt),
            })}
          </Text>
        )}
      </div>
      <Stack gap="xs" aria-live="polite">
        <Group gap="sm">
          <Text fw={700}>{title}:</Text>
          <StatusBadge status={status} />
        </Group>
        {status === 'waitlisted' && registration.waitlistPosition !== undefined && (
          <Text fw={700}>
            {t('registrations.waitlistPosition', { position: registration.waitlistPosition })}
          </Text>
        )}
        {status === 'cancelled' && (
          <Text>
            {registration.cancelledBy
              ? t(`registrations.detail.cancelledBy.${registration.cancelledBy}`)
              : t('registrations.detail.cancelled')}
          </Text>
        )}
      </Stack>

      {status === 'confirmed' && (
        <Group gap="sm">
          <Button component={RouterLink} to={`/me/itinerary/${registration.eventId}`}>
            {t('registrations.detail.itinerary')}
          </Button>
          <Button component={RouterLink} to={`/me/teams/${registration.eventId}`} variant="default">
            {t('registrations.detail.team')}
          </Button>
        </Group>
      )}
      {(status === 'confirmed' || status === 'pending') && (
        <Button
          component={RouterLink}
          to={`/me/registrations/${registration.id}/travel`}
          variant="default"
          w="fit-content"
        >
          {t('registrations.detail.travel')}
        </Button>
      )}

      {status === 'confirmed' && <Letters registrationId={registration.id} />}

      <History registrationId={registration.id} registrantId={registration.userId} />

      {ACTIVE.includes(status) && (
        <div>
          <Button variant="outline" color="red" onClick={open}>
            {t('registrations.detail.cancel')}
          </Button>
        </div>
      )}
      {cancel.isError && (
        <Alert color="red" role="alert">
          {actionError(cancel.error)}
        </Alert>
      )}

      <Modal opened={opened} onClose={close} title={t('registrations.detail.cancelTitle')} centered>
        <Stack gap="md">
          <Text>
            {status === 'confirmed'
              ? t('registrations.detail.cancelBodyConfirmed')
              : t('registrations.detail.cancelBodyOther')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('registrations.detail.cancelKeep')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(undefined, { onSettled: close })}
            >
              {t('registrations.detail.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** The person's visa invitation letters, when the organizers issued any: one download each. */
function Letters({ registrationId }: { registrationId: string }) {
  const { t } = useTranslation();
  const letters = useInvitationLetters(registrationId, true);
  if (!letters.data?.items.length) return null;
  return (
    <section aria-labelledby="letters-heading">
      <Title order={2} size="h3" id="letters-heading" mb="xs">
        {t('registrations.detail.letters')}
      </Title>
      <Text mb="sm">{t('registrations.detail.lettersIntro')}</Text>
      <Stack gap="sm">
        {letters.data.items.map((letter) => (
          <Stack key={letter.reference} gap={4}>
            <Text size="sm" c="dimmed">
              {t('registrations.detail.letterFor', {
                country: countryName(letter.country),
                date: localDate(letter.issuedAt.slice(0, 10), 'short'),
              })}
            </Text>
            <div>
              <Button component="a" href={letter.url} variant="light">
                {t('registrations.detail.download', { country: countryName(letter.country) })}
              </Button>
            </div>
          </Stack>
        ))}
      </Stack>
    </section>
  );
}

function History({
  registrationId,
  registrantId,
}: {
  registrationId: string;
  registrantId: string;
}) {
  const { t } = useTranslation();
  const history = useRegistrationHistory(registrationId);
  const session = useSession();
  const zone = ownZone();
  const who = (change: Schemas['RegistrationChangeDto']) =>
    change.by === null
      ? t('registrations.detail.bySystem')
      : change.by === registrantId || change.by === session.data?.id
        ? t('registrations.detail.byYou')
        : t('registrations.detail.byOrganizer');
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} size="h3" id="history-heading" mb="sm">
        {t('registrations.detail.history')}
      </Title>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <Text c="dimmed">{t('registrations.detail.historyEmpty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {history.data.items.map((change, index) => (
            <Timeline.Item
              key={`${change.at}-${index}`}
              title={
                change.from
                  ? t('registrations.detail.change', {
                      from: t(`registrations.status.${change.from}`),
                      to: t(`registrations.status.${change.to}`),
                    })
                  : t('registrations.detail.created', {
                      to: t(`registrations.status.${change.to}`),
                    })
              }
            >
              <Text size="sm" c="dimmed">
                {dateTimeIn(change.at, zone)} · {who(change)}
              </Text>
              {change.reason && (
                <Text size="sm">{t('registrations.detail.reason', { reason: change.reason })}</Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}
