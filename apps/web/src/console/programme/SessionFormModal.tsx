import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/errors';
import { showServerErrors } from '@/api/form-errors';
import { type EventSummary, type Session } from '@/api/types';
import { zoneOptions } from '@/account/zones';
import { useErrorMessage } from '@/common/QueryStates';
import { countryOptions } from '@/format/countries';
import { localDate, zoneLabel } from '@/format/time';
import { useCreateSession, useUpdateSession } from './queries';
import {
  SESSION_TYPES,
  type SessionFormValues,
  createBody,
  emptySessionValues,
  patchFor,
  sessionInstants,
  sessionValues,
} from './session-form';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The API's field names → the form's, for the server's `details`. */
const FIELD_OF: Record<string, keyof SessionFormValues> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  timezone: 'timezone',
  endTimezone: 'endTimezone',
  'venue.name': 'venueName',
  'venue.city': 'venueCity',
  'venue.country': 'venueCountry',
  'venue.address': 'venueAddress',
};

/**
 * Creates or edits a session in its own zone: dates and clock times are typed as the place's
 * local time, whatever the organizer's browser zone. A change of time, zone or venue is a move
 * and asks first, saying who will be emailed.
 */
export function SessionFormModal({
  event,
  session,
  opened,
  onClose,
}: {
  event: EventSummary;
  /** Null: a new session. */
  session: Session | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const create = useCreateSession(event.id);
  const update = useUpdateSession(event.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pendingMove, setPendingMove] = useState<ReturnType<typeof patchFor> | null>(null);
  const zones = useMemo(
    () => zoneOptions([event.timezone, session?.timezone ?? null]),
    [event.timezone, session?.timezone],
  );
  const countries = useMemo(() => countryOptions(), []);

  const form = useForm<SessionFormValues>({
    mode: 'controlled',
    initialValues: session
      ? sessionValues(session)
      : emptySessionValues(event.timezone, event.startsOn),
    validate: {
      title: (value) => (value.trim() ? null : t('console.programme.form.required')),
      date: (value) => (DATE.test(value) ? null : t('console.programme.form.dateFormat')),
      startTime: (value) => (TIME.test(value) ? null : t('console.programme.form.timeFormat')),
      endDate: (value) =>
        !value || DATE.test(value) ? null : t('console.programme.form.dateFormat'),
      endTime: (value, values) => {
        if (!TIME.test(value)) return t('console.programme.form.timeFormat');
        const { startsAt, endsAt } = sessionInstants(values);
        if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt))
          return t('console.programme.form.endBeforeStart');
        return null;
      },
      venueCity: (value, values) =>
        values.venueName.trim() && !value.trim() ? t('console.programme.form.venueCity') : null,
      venueCountry: (value, values) =>
        values.venueName.trim() && !value ? t('console.programme.form.venueCountry') : null,
    },
  });

  const saving = create.isPending || update.isPending;

  function close() {
    setRefusal(null);
    setPendingMove(null);
    form.reset();
    onClose();
  }

  function explain(error: unknown) {
    if (error instanceof ApiError && error.code === 'VENUE_CONFLICT')
      return setRefusal(t('console.programme.refusals.VENUE_CONFLICT'));
    if (error instanceof ApiError && error.code === 'OUTSIDE_EVENT_DATES')
      return setRefusal(
        t('console.programme.refusals.OUTSIDE_EVENT_DATES', {
          from: localDate(event.startsOn, 'short'),
          to: localDate(event.endsOn, 'short'),
        }),
      );
    if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
      const unclaimed: string[] = [];
      for (const problem of error.details) {
        const field = FIELD_OF[problem.field] ?? problem.field;
        if (problem.field === 'endsAt' && /after|before/i.test(problem.message))
          form.setFieldError('endTime', t('console.programme.form.endBeforeStart'));
        else if (field in form.getValues()) form.setFieldError(field, problem.message);
        else unclaimed.push(problem.message);
      }
      return setRefusal(unclaimed.length ? unclaimed.join(' ') : message(error));
    }
    showServerErrors(form, error);
    setRefusal(message(error));
  }

  async function save(values: SessionFormValues, confirmedMove = false) {
    setRefusal(null);
    try {
      if (!session) {
        await create.mutateAsync(createBody(values));
      } else {
        const patch = patchFor(session, values);
        if (patch.isMove && !confirmedMove) {
          setPendingMove(patch);
          return;
        }
        if (Object.keys(patch.body).length)
          await update.mutateAsync({ id: session.id, body: patch.body });
      }
      close();
    } catch (error) {
      setPendingMove(null);
      explain(error);
    }
  }

  const values = form.getValues();
  const instants = sessionInstants(values);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('console.programme.close') }}
      opened={opened}
      onClose={close}
      size="xl"
      title={
        <Title order={2} size="h4" component="span">
          {session ? t('console.programme.form.editTitle') : t('console.programme.form.newTitle')}
        </Title>
      }
    >
      {pendingMove ? (
        <Stack gap="md">
          <Text>{t('console.programme.movePreview', { count: event.seatsTaken })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPendingMove(null)}>
              {t('console.programme.back')}
            </Button>
            <Button loading={saving} onClick={() => void save(form.getValues(), true)}>
              {t('console.programme.confirmMove')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((submitted) => void save(submitted))} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('console.programme.form.title')}
                required
                {...form.getInputProps('title')}
              />
              <Select
                label={t('console.programme.form.type')}
                data={SESSION_TYPES.map((type) => ({
                  value: type,
                  label: t(`console.programme.types.${type}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps('type')}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('console.programme.form.localNote')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('console.programme.form.date')}
                description={t('console.programme.form.dateHint')}
                placeholder="2026-07-20"
                required
                {...form.getInputProps('date')}
              />
              <TextInput
                label={t('console.programme.form.startTime')}
                description={t('console.programme.form.timeHint')}
                placeholder="09:00"
                required
                {...form.getInputProps('startTime')}
              />
              <Select
                label={t('console.programme.form.timezone')}
                description={
                  instants.startsAt ? zoneLabel(values.timezone, instants.startsAt) : ' '
                }
                data={zones}
                searchable
                allowDeselect={false}
                {...form.getInputProps('timezone')}
              />
              <TextInput
                label={t('console.programme.form.endDate')}
                description={t('console.programme.form.endDateHint')}
                placeholder={values.date}
                {...form.getInputProps('endDate')}
              />
              <TextInput
                label={t('console.programme.form.endTime')}
                description={t('console.programme.form.timeHint')}
                placeholder="10:30"
                required
                {...form.getInputProps('endTime')}
              />
              <Select
                label={t('console.programme.form.endTimezone')}
                description={
                  instants.endsAt
                    ? zoneLabel(instants.endZone, instants.endsAt)
                    : t('console.programme.form.endTimezoneHint')
                }
                placeholder={t('console.programme.form.sameZone')}
                data={zones}
                searchable
                clearable
                {...form.getInputProps('endTimezone')}
                value={values.endTimezone || null}
                onChange={(value) => form.setFieldValue('endTimezone', value ?? '')}
              />
            </SimpleGrid>
            <Title order={3} size="h5" mt="xs">
              {t('console.programme.form.venue')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('console.programme.form.venueName')}
                {...form.getInputProps('venueName')}
              />
              <TextInput
                label={t('console.programme.form.city')}
                {...form.getInputProps('venueCity')}
              />
              <Select
                label={t('console.programme.form.country')}
                data={countries}
                searchable
                clearable
                {...form.getInputProps('venueCountry')}
                value={values.venueCountry || null}
                onChange={(value) => form.setFieldValue('venueCountry', value ?? '')}
              />
              <TextInput
                label={t('console.programme.form.address')}
                {...form.getInputProps('venueAddress')}
              />
            </SimpleGrid>
            <Textarea
              label={t('console.programme.form.description')}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
            <Checkbox
              label={t('console.programme.form.mandatory')}
              {...form.getInputProps('mandatory', { type: 'checkbox' })}
            />
            {refusal && (
              <Alert color="red" role="alert" title={t('console.programme.refusedTitle')}>
                {refusal}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('console.programme.close')}
              </Button>
              <Button type="submit" loading={saving}>
                {session ? t('console.programme.form.save') : t('console.programme.form.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
