import { Button, Divider, Drawer, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary, Registration } from '@/api/types';
import { LoadError, Loading } from '@/common/QueryStates';
import { countryName } from '@/format/countries';
import { dateTimeIn, localDate } from '@/format/time';
import { StatusBadge } from '@/registrations/StatusBadge';
import { ConfirmAction } from './ConfirmAction';
import {
  type RegistrationAction,
  useOrganizationMembers,
  useRegistrationAction,
  useRegistrationDetail,
  useRegistrationHistory,
} from './queries';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * Which actions the contract allows from a status. A waitlisted person is approved by hand only
 * once the registration window has closed (while it is open the waiting list moves by itself).
 */
function allowed(status: Registration['status'], event: EventSummary): RegistrationAction[] {
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  const windowClosed = event.status !== 'published' || new Date(closesAt) <= new Date();
  switch (status) {
    case 'pending':
      return ['approve', 'reject', 'cancel'];
    case 'waitlisted':
      return windowClosed ? ['approve', 'reject', 'cancel'] : ['reject', 'cancel'];
    case 'confirmed':
      return ['reject', 'cancel'];
    default:
      return [];
  }
}

/**
 * One registration in a side panel: every field organizers and staff may see, its history,
 * and (for organizers) approve, reject with a reason, and cancel, each asked once.
 */
export function RegistrationDetail({
  event,
  registrationId,
  canAct,
  onClose,
}: {
  event: EventSummary;
  registrationId: string | null;
  canAct: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const detail = useRegistrationDetail(registrationId);
  const history = useRegistrationHistory(registrationId);
  const members = useOrganizationMembers(event.organizationId);
  const act = useRegistrationAction(event.id);
  const [asking, setAsking] = useState<RegistrationAction | null>(null);
  const [reason, setReason] = useState('');
  const registration = detail.data;
  const zone = event.timezone;
  const name = registration?.fullName ?? t('console.registrations.someone');

  const who = (by: string | null): string => {
    if (!by) return t('console.registrations.history.system');
    if (registration && by === registration.userId) return name;
    return (
      members.data?.items.find((person) => person.userId === by)?.fullName ??
      t('console.registrations.history.anOrganizer')
    );
  };

  const close = () => {
    setAsking(null);
    setReason('');
    act.reset();
  };

  const confirm = () => {
    if (!registration || !asking) return;
    act.mutate({ id: registration.id, action: asking, reason }, { onSuccess: () => close() });
  };

  const message = (action: RegistrationAction): string => {
    if (!registration) return '';
    if (action === 'approve') return t('console.registrations.confirm.approve', { name });
    if (action === 'reject')
      return registration.status === 'confirmed'
        ? t('console.registrations.confirm.rejectConfirmed', { name })
        : t('console.registrations.confirm.reject', { name });
    return registration.status === 'confirmed'
      ? t('console.registrations.confirm.cancelConfirmed', { name })
      : t('console.registrations.confirm.cancel', { name });
  };

  return (
    <Drawer
      opened={Boolean(registrationId)}
      onClose={onClose}
      position="right"
      size="lg"
      closeButtonProps={{ 'aria-label': t('console.registrations.closeDetail') }}
      title={
        <Title order={2} size="h3">
          {registration?.fullName ?? t('console.registrations.detailTitle')}
        </Title>
      }
    >
      {detail.isPending ? (
        <Loading />
      ) : !registration ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="sm">
            <StatusBadge status={registration.status} />
            {registration.waitlistPosition ? (
              <Text fw={500}>
                {t('console.registrations.position', { position: registration.waitlistPosition })}
              </Text>
            ) : null}
          </Group>

          {canAct && allowed(registration.status, event).length > 0 && (
            <Group gap="sm" aria-label={t('console.registrations.actions')} role="group">
              {allowed(registration.status, event).map((action) => (
                <Button
                  key={action}
                  variant={action === 'approve' ? 'filled' : 'outline'}
                  color={action === 'approve' ? 'teal.9' : 'red.9'}
                  onClick={() => setAsking(action)}
                >
                  {t(`console.registrations.action.${action}`)}
                </Button>
              ))}
            </Group>
          )}

          <Stack gap="xs" component="dl" m={0}>
            <Field label={t('console.registrations.column.email')}>
              {registration.email}{' '}
              {registration.emailVerified
                ? t('console.registrations.verified')
                : t('console.registrations.notVerified')}
            </Field>
            <Field label={t('console.registrations.column.nationality')}>
              {countryName(registration.nationality)}
            </Field>
            <Field label={t('console.registrations.field.dateOfBirth')}>
              {localDate(registration.dateOfBirth, 'short')}
            </Field>
            <Field label={t('console.registrations.field.gender')}>
              {registration.gender
                ? t(`console.registrations.gender.${registration.gender}`)
                : t('console.registrations.notGiven')}
            </Field>
            <Field label={t('console.registrations.field.dietary')}>
              {registration.dietaryRequirements.length
                ? registration.dietaryRequirements.join(', ')
                : t('console.registrations.none')}
            </Field>
            <Field label={t('console.registrations.field.medicalNotes')}>
              {registration.medicalNotes || t('console.registrations.none')}
            </Field>
            <Field label={t('console.registrations.field.emergencyContact')}>
              {registration.emergencyContact.name
                ? `${registration.emergencyContact.name} (${registration.emergencyContact.relationship ?? ''}), ${registration.emergencyContact.phone ?? ''}`
                : t('console.registrations.notGiven')}
            </Field>
            {registration.guardian && (
              <Field label={t('console.registrations.field.guardian')}>
                {`${registration.guardian.name ?? ''} (${registration.guardian.relationship ?? ''}), ${registration.guardian.phone ?? ''}${registration.guardian.email ? `, ${registration.guardian.email}` : ''}`}
                {registration.guardian.consentedAt
                  ? ` · ${t('console.registrations.consentGiven', { at: dateTimeIn(registration.guardian.consentedAt, zone) })}`
                  : ''}
              </Field>
            )}
            <Field label={t('console.registrations.field.motivation')}>
              {registration.motivation || t('console.registrations.notGiven')}
            </Field>
            <Field label={t('console.registrations.column.created')}>
              {dateTimeIn(registration.createdAt, zone)}
            </Field>
          </Stack>

          <Divider />
          <Title order={3} size="h4">
            {t('console.registrations.history.title')}
          </Title>
          {history.isPending ? (
            <Loading />
          ) : !history.data ? (
            <LoadError error={history.error} onRetry={() => void history.refetch()} />
          ) : (
            <List spacing="xs" aria-label={t('console.registrations.history.title')}>
              {history.data.items.map((change, index) => (
                <List.Item key={`${change.at}-${index}`}>
                  <Text size="sm">
                    {t('console.registrations.history.line', {
                      from: change.from
                        ? t(`registrations.status.${change.from}`)
                        : t('console.registrations.history.new'),
                      to: t(`registrations.status.${change.to}`),
                      who: who(change.by),
                      at: dateTimeIn(change.at, zone),
                    })}
                  </Text>
                  {change.reason && (
                    <Text size="sm" c="dimmed">
                      {t('console.registrations.history.reason', { reason: change.reason })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}

      {asking && (
        <ConfirmAction
          opened
          title={t(`console.registrations.confirmTitle.${asking}`)}
          message={message(asking)}
          confirmLabel={t(`console.registrations.action.${asking}`)}
          color={asking === 'approve' ? 'teal.9' : 'red.9'}
          busy={act.isPending}
          error={act.error}
          onConfirm={confirm}
          onClose={close}
        >
          {asking === 'reject' && (
            <Textarea
              label={t('console.registrations.reason')}
              description={t('console.registrations.reasonHelp')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus
            />
          )}
        </ConfirmAction>
      )}
    </Drawer>
  );
}
