import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useEventConsole } from '../EventConsoleLayout';
import { consoleRole } from '../roles';
import { type Offset, UNITS, formatOffset, offsetMinutes, parseOffset } from './durations';
import { EventStatusActions } from './EventStatusActions';
import {
  type CreateEventBody,
  type UpdateEventBody,
  useCreateEvent,
  useEventStats,
  useUpdateEvent,
} from './queries';
import { instantFromLocal, localDateTimeIn } from './zoned';
import { currentZoneName, zoneOptions } from '@/account/zones';
import { ApiError, isApiError } from '@/api/errors';
import { showServerErrors } from '@/api/form-errors';
import type { EventSummary } from '@/api/types';
import { useSession } from '@/auth/useSession';
import { useErrorMessage } from '@/common/QueryStates';
import { countryName, countryOptions } from '@/format/countries';
import { ownZone, utcOffset, zoneLabel } from '@/format/time';

const KINDS = ['workshop', 'forum', 'conference', 'seminar', 'other'] as const;
const OFFSET_FIELDS = [
  'eventReminderOffsets',
  'sessionReminderOffsets',
  'missionReminderOffsets',
] as const;
type OffsetField = (typeof OFFSET_FIELDS)[number];

interface QuotaRow {
  country: string | null;
  quota: number | string;
}

interface FormValues {
  title: string;
  kind: (typeof KINDS)[number];
  description: string;
  timezone: string;
  startsOn: string;
  endsOn: string;
  capacity: number | string;
  quotas: QuotaRow[];
  defaultCountryQuota: number | string;
  requiresApproval: boolean;
  requireVerifiedEmail: boolean;
  registrationOpensAt: string;
  registrationClosesAt: string;
  itineraryVisibility: 'public' | 'participants';
  eventReminderOffsets: Offset[];
  sessionReminderOffsets: Offset[];
  missionReminderOffsets: Offset[];
}

function offsetsOf(list: string[]): Offset[] {
  return list.map(parseOffset).filter((item): item is Offset => item !== null);
}

function valuesOf(event: EventSummary | null): FormValues {
  if (!event)
    return {
      title: '',
      kind: 'workshop',
      description: '',
      timezone: currentZoneName(ownZone()),
      startsOn: '',
      endsOn: '',
      capacity: 40,
      quotas: [],
      defaultCountryQuota: '',
      requiresApproval: false,
      requireVerifiedEmail: false,
      registrationOpensAt: '',
      registrationClosesAt: '',
      itineraryVisibility: 'participants',
      eventReminderOffsets: offsetsOf(['P7D', 'P1D']),
      sessionReminderOffsets: offsetsOf(['PT1H']),
      missionReminderOffsets: offsetsOf(['P1D']),
    };
  return {
    title: event.title,
    kind: event.kind,
    description: event.description ?? '',
    timezone: event.timezone,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    capacity: event.capacity,
    quotas: Object.entries(event.countryQuotas)
      .map(([country, quota]) => ({ country, quota }))
      .sort((a, b) => countryName(a.country).localeCompare(countryName(b.country))),
    defaultCountryQuota: event.defaultCountryQuota ?? '',
    requiresApproval: event.requiresApproval,
    requireVerifiedEmail: event.requireVerifiedEmail,
    registrationOpensAt: event.registrationOpensAt
      ? localDateTimeIn(event.registrationOpensAt, event.timezone)
      : '',
    registrationClosesAt: event.registrationClosesAt
      ? localDateTimeIn(event.registrationClosesAt, event.timezone)
      : '',
    itineraryVisibility: event.itineraryVisibility,
    eventReminderOffsets: offsetsOf(event.eventReminderOffsets),
    sessionReminderOffsets: offsetsOf(event.sessionReminderOffsets),
    missionReminderOffsets: offsetsOf(event.missionReminderOffsets),
  };
}

function bodyOf(values: FormValues) {
  const quotas: Record<string, number> = {};
  for (const row of values.quotas) if (row.country) quotas[row.country] = Number(row.quota);
  const offsets = (list: Offset[]) =>
    [...list].sort((a, b) => offsetMinutes(b) - offsetMinutes(a)).map(formatOffset);
  return {
    title: values.title.trim(),
    kind: values.kind,
    description: values.description.trim() || null,
    timezone: values.timezone,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    capacity: Number(values.capacity),
    countryQuotas: quotas,
    defaultCountryQuota:
      values.defaultCountryQuota === '' ? null : Number(values.defaultCountryQuota),
    requiresApproval: values.requiresApproval,
    requireVerifiedEmail: values.requireVerifiedEmail,
    registrationOpensAt: values.registrationOpensAt
      ? instantFromLocal(values.registrationOpensAt, values.timezone)
      : null,
    registrationClosesAt: values.registrationClosesAt
      ? instantFromLocal(values.registrationClosesAt, values.timezone)
      : null,
    itineraryVisibility: values.itineraryVisibility,
    eventReminderOffsets: offsets(values.eventReminderOffsets),
    sessionReminderOffsets: offsets(values.sessionReminderOffsets),
    missionReminderOffsets: offsets(values.missionReminderOffsets),
  };
}

/** The API names fields by the body's paths; the form keeps quotas and offsets as rows. */
function errorForForm(error: unknown, values: FormValues): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((problem) => {
    const quota = /^countryQuotas\.([A-Za-z]{2})$/.exec(problem.field ?? '');
    if (quota) {
      const index = values.quotas.findIndex((row) => row.country === quota[1].toUpperCase());
      if (index >= 0) return { ...problem, field: `quotas.${index}.quota` };
    }
    if (problem.field === 'countryQuotas') return { ...problem, field: 'quotas' };
    const offset = /^(\w+ReminderOffsets)\.\d+$/.exec(problem.field ?? '');
    if (offset) return { ...problem, field: offset[1] };
    return problem;
  });
  return new ApiError(error.status, error.code, error.message, details);
}

/** `/console/events/new?organizationId=` and `/console/events/:eventId/settings`. */
export default function EventFormPage() {
  const { eventId } = useParams();
  return eventId ? <EventSettings /> : <NewEvent />;
}

function NewEvent() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const organizationId = search.get('organizationId') ?? '';
  const session = useSession();
  const navigate = useNavigate();
  const create = useCreateEvent();
  if (consoleRole(session.data, organizationId) !== 'organizer')
    return (
      <Stack gap="sm" py="xl">
        <Title order={1}>{t('console.eventForm.newTitle')}</Title>
        <Text>{t('console.eventForm.organizersOnly')}</Text>
        <Anchor component={RouterLink} to="/console">
          {t('console.backToConsole')}
        </Anchor>
      </Stack>
    );
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={RouterLink} to="/console" size="sm">
          {t('console.backToConsole')}
        </Anchor>
        <Title order={1} mt={4}>
          {t('console.eventForm.newTitle')}
        </Title>
        <Text c="dimmed">{t('console.eventForm.newSubtitle')}</Text>
      </div>
      <EventForm
        event={null}
        submitLabel={t('console.eventForm.create')}
        pending={create.isPending}
        save={(body, handlers) =>
          create.mutate({ ...(body as CreateEventBody), organizationId } as CreateEventBody, {
            onSuccess: (event) =>
              navigate(`/console/events/${event.id}/settings`, { state: { created: true } }),
            onError: handlers.onError,
          })
        }
      />
    </Stack>
  );
}

function EventSettings() {
  const { t } = useTranslation();
  const { event, role } = useEventConsole();
  const update = useUpdateEvent(event.id);
  const stats = useEventStats(event.id, role === 'organizer');
  const [saved, setSaved] = useState(false);
  if (role !== 'organizer')
    return (
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('console.tabs.settings')}
        </Title>
        <Text>{t('console.eventForm.organizersOnly')}</Text>
      </Stack>
    );
  return (
    <Stack gap="lg">
      <EventStatusActions event={event} />
      <Title order={2} size="h3">
        {t('console.eventForm.settingsTitle')}
      </Title>
      {saved && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setSaved(false)}>
          {t('console.eventForm.saved')}
        </Alert>
      )}
      <EventForm
        key={event.updatedAt}
        event={event}
        confirmed={stats.data?.confirmedByCountry ?? {}}
        submitLabel={t('console.eventForm.save')}
        pending={update.isPending}
        save={(body, handlers) => {
          setSaved(false);
          update.mutate(body as UpdateEventBody, {
            onSuccess: () => setSaved(true),
            onError: handlers.onError,
          });
        }}
      />
    </Stack>
  );
}

function EventForm({
  event,
  confirmed = {},
  submitLabel,
  pending,
  save,
}: {
  event: EventSummary | null;
  confirmed?: Record<string, number>;
  submitLabel: string;
  pending: boolean;
  save: (body: ReturnType<typeof bodyOf>, handlers: { onError: (error: unknown) => void }) => void;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const zones = useMemo(() => zoneOptions([event?.timezone ?? null]), [event?.timezone]);
  const countries = useMemo(() => countryOptions(), []);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(event),
    validate: {
      title: (value) => (value.trim() ? null : t('console.eventForm.required')),
      startsOn: (value) => (value ? null : t('console.eventForm.required')),
      endsOn: (value, values) =>
        !value
          ? t('console.eventForm.required')
          : values.startsOn && value < values.startsOn
            ? t('console.eventForm.endsBeforeStart')
            : null,
      capacity: (value) =>
        value === '' || Number(value) < 0 ? t('console.eventForm.required') : null,
      quotas: {
        country: (value, values, path) => {
          if (!value) return t('console.eventForm.chooseCountry');
          const index = Number(path.split('.')[1]);
          return values.quotas.some((row, i) => i < index && row.country === value)
            ? t('console.eventForm.countryTwice')
            : null;
        },
        quota: (value) =>
          value === '' || Number(value) < 0 ? t('console.eventForm.required') : null,
      },
    },
  });
  const values = form.getValues();
  const zone = values.timezone || 'UTC';

  const submit = form.onSubmit((current) => {
    setProblem(null);
    save(bodyOf(current), {
      onError: (error) => {
        if (isApiError(error, 'CAPACITY_BELOW_CONFIRMED')) {
          form.setFieldError(
            'capacity',
            t('console.eventForm.capacityBelowConfirmed', { count: event?.seatsTaken ?? 0 }),
          );
          return;
        }
        if (isApiError(error, 'QUOTA_BELOW_CONFIRMED')) {
          let placed = false;
          current.quotas.forEach((row, index) => {
            if (row.country && Number(row.quota) < (confirmed[row.country] ?? 0)) {
              placed = true;
              form.setFieldError(
                `quotas.${index}.quota`,
                t('console.eventForm.quotaBelowConfirmed', {
                  count: confirmed[row.country] ?? 0,
                }),
              );
            }
          });
          if (!placed) setProblem(error.message || message(error));
          return;
        }
        const unclaimed = showServerErrors(form, errorForForm(error, current));
        if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
          setProblem(unclaimed.join(' ') || message(error));
      },
    });
  });

  const offsetEditor = (field: OffsetField) => {
    const rows = values[field];
    const label = t(`console.eventForm.${field}`);
    return (
      <Fieldset legend={label} key={field}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t(`console.eventForm.${field}Hint`)}
          </Text>
          {rows.length === 0 && <Text size="sm">{t('console.eventForm.noReminders')}</Text>}
          {rows.map((_, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <NumberInput
                aria-label={t('console.eventForm.offsetAmount', { what: label, n: index + 1 })}
                min={1}
                max={9999}
                allowDecimal={false}
                w={100}
                {...form.getInputProps(`${field}.${index}.amount`)}
              />
              <Select
                aria-label={t('console.eventForm.offsetUnit', { what: label, n: index + 1 })}
                data={UNITS.map((unit) => ({
                  value: unit,
                  label: t(`console.eventForm.units.${unit}`),
                }))}
                allowDeselect={false}
                w={180}
                {...form.getInputProps(`${field}.${index}.unit`)}
              />
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                onClick={() => form.removeListItem(field, index)}
              >
                {t('console.eventForm.remove')}
              </Button>
            </Group>
          ))}
          {form.errors[field] && (
            <Text c="red.8" size="sm" role="alert">
              {form.errors[field]}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="xs"
              disabled={rows.length >= 10}
              onClick={() => form.insertListItem(field, { amount: 1, unit: 'days' })}
            >
              {t('console.eventForm.addReminder')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <Title order={3} size="h4">
              {t('console.eventForm.about')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('console.eventForm.title')}
                required
                {...form.getInputProps('title')}
              />
              <Select
                label={t('console.eventForm.kind')}
                data={KINDS.map((kind) => ({ value: kind, label: t(`console.kinds.${kind}`) }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
            </SimpleGrid>
            <Textarea
              label={t('console.eventForm.description')}
              autosize
              minRows={3}
              {...form.getInputProps('description')}
            />
            <Select
              label={t('console.eventForm.timezone')}
              description={t('console.eventForm.timezoneHint', {
                offset: utcOffset(zone),
              })}
              placeholder={t('account.timezoneSearch')}
              nothingFoundMessage={t('account.timezoneNone')}
              data={zones}
              searchable
              limit={50}
              allowDeselect={false}
              {...form.getInputProps('timezone')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('console.eventForm.startsOn')}
                description={t('console.eventForm.localDateHint')}
                required
                {...form.getInputProps('startsOn')}
              />
              <TextInput
                type="date"
                label={t('console.eventForm.endsOn')}
                description={t('console.eventForm.localDateHint')}
                required
                {...form.getInputProps('endsOn')}
              />
            </SimpleGrid>
            <Select
              label={t('console.eventForm.itineraryVisibility')}
              description={t('console.eventForm.itineraryVisibilityHint')}
              data={(['participants', 'public'] as const).map((value) => ({
                value,
                label: t(`console.eventForm.visibility.${value}`),
              }))}
              allowDeselect={false}
              {...form.getInputProps('itineraryVisibility')}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <Title order={3} size="h4">
              {t('console.eventForm.seats')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('console.eventForm.capacity')}
                description={
                  event
                    ? t('console.eventForm.capacityHintTaken', { count: event.seatsTaken })
                    : t('console.eventForm.capacityHint')
                }
                min={0}
                allowDecimal={false}
                required
                {...form.getInputProps('capacity')}
              />
              <NumberInput
                label={t('console.eventForm.defaultCountryQuota')}
                description={t('console.eventForm.defaultCountryQuotaHint')}
                min={0}
                allowDecimal={false}
                {...form.getInputProps('defaultCountryQuota')}
              />
            </SimpleGrid>
            <Fieldset legend={t('console.eventForm.quotas')}>
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('console.eventForm.quotasHint')}
                </Text>
                {values.quotas.length > 0 && (
                  <Table.ScrollContainer minWidth={480}>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('console.eventForm.country')}</Table.Th>
                          <Table.Th>{t('console.eventForm.quota')}</Table.Th>
                          {event && <Table.Th>{t('console.eventForm.confirmed')}</Table.Th>}
                          <Table.Th>{t('console.eventForm.actions')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {values.quotas.map((row, index) => (
                          <Table.Tr key={index}>
                            <Table.Td>
                              <Select
                                aria-label={t('console.eventForm.countryRow', { n: index + 1 })}
                                data={countries}
                                searchable
                                limit={20}
                                nothingFoundMessage={t('console.eventForm.noCountry')}
                                allowDeselect={false}
                                {...form.getInputProps(`quotas.${index}.country`)}
                              />
                            </Table.Td>
                            <Table.Td>
                              <NumberInput
                                aria-label={t('console.eventForm.quotaRow', {
                                  country: row.country
                                    ? countryName(row.country)
                                    : t('console.eventForm.countryRow', { n: index + 1 }),
                                })}
                                min={0}
                                allowDecimal={false}
                                w={110}
                                {...form.getInputProps(`quotas.${index}.quota`)}
                              />
                            </Table.Td>
                            {event && (
                              <Table.Td>
                                {row.country ? (confirmed[row.country] ?? 0) : '—'}
                              </Table.Td>
                            )}
                            <Table.Td>
                              <Button
                                variant="subtle"
                                color="red"
                                c="red.9"
                                size="xs"
                                onClick={() => form.removeListItem('quotas', index)}
                              >
                                {t('console.eventForm.remove')}
                                <VisuallyHidden component="span">
                                  {' '}
                                  {row.country ? countryName(row.country) : index + 1}
                                </VisuallyHidden>
                              </Button>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {form.errors.quotas && (
                  <Text c="red.8" size="sm" role="alert">
                    {form.errors.quotas}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() => form.insertListItem('quotas', { country: null, quota: 1 })}
                  >
                    {t('console.eventForm.addCountry')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <Title order={3} size="h4">
              {t('console.eventForm.registration')}
            </Title>
            <Switch
              label={t('console.eventForm.requiresApproval')}
              description={t('console.eventForm.requiresApprovalHint')}
              {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
            />
            <Switch
              label={t('console.eventForm.requireVerifiedEmail')}
              description={t('console.eventForm.requireVerifiedEmailHint')}
              {...form.getInputProps('requireVerifiedEmail', { type: 'checkbox' })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="datetime-local"
                label={t('console.eventForm.opensAt', { zone: zoneLabel(zone) })}
                description={t('console.eventForm.opensAtHint')}
                {...form.getInputProps('registrationOpensAt')}
              />
              <TextInput
                type="datetime-local"
                label={t('console.eventForm.closesAt', { zone: zoneLabel(zone) })}
                description={t('console.eventForm.closesAtHint')}
                {...form.getInputProps('registrationClosesAt')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <Title order={3} size="h4">
              {t('console.eventForm.reminders')}
            </Title>
            {OFFSET_FIELDS.map(offsetEditor)}
          </Stack>
        </Paper>

        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
