import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../api/errors';
import { showServerErrors } from '../api/form-errors';
import type { Registration } from '../api/types';
import { Loading, LoadError } from '../common/QueryStates';
import { useEvent } from '../events/queries';
import { countryOptions } from '../format/countries';
import { localDateRange, zoneLabel } from '../format/time';
import { isMinorOn } from './age';
import { useActionError } from './errors';
import { type RegistrationBody, useRegister } from './queries';
import { RegistrationResult } from './RegistrationResult';

const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
const DIETS = [
  'halal',
  'vegetarian',
  'vegan',
  'kosher',
  'no-pork',
  'no-beef',
  'gluten-free',
  'lactose-free',
  'nut-allergy',
  'seafood-allergy',
] as const;

interface Values {
  nationality: string;
  dateOfBirth: string;
  gender: string;
  dietaryRequirements: string[];
  medicalNotes: string;
  emergencyContact: { name: string; phone: string; relationship: string };
  motivation: string;
  guardian: { name: string; phone: string; email: string; relationship: string; consent: boolean };
}

/** Codes the API answers that concern one field: shown next to it. */
const FIELD_OF_CODE: Record<string, string> = {
  GUARDIAN_CONSENT_REQUIRED: 'guardian.consent',
  COUNTRY_NOT_ELIGIBLE: 'nationality',
};

/** The registration form for one event, then the result (confirmed, waiting list, pending). */
export default function RegisterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  const register = useRegister(id);
  const actionError = useActionError();
  const [problem, setProblem] = useState<{ message: string; code?: string } | null>(null);
  const [result, setResult] = useState<Registration | null>(null);
  const countries = useMemo(() => countryOptions(), []);
  const diets = DIETS.map((diet) => t(`registrations.form.dietaryOptions.${diet}`));

  const required = (value: string) => (value.trim() ? null : t('registrations.form.required'));
  const startsOn = event.data?.startsOn ?? '';
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      nationality: '',
      dateOfBirth: '',
      gender: '',
      dietaryRequirements: [],
      medicalNotes: '',
      emergencyContact: { name: '', phone: '', relationship: '' },
      motivation: '',
      guardian: { name: '', phone: '', email: '', relationship: '', consent: false },
    },
    validate: {
      nationality: required,
      dateOfBirth: (value) =>
        !value.trim()
          ? t('registrations.form.required')
          : /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? null
            : t('registrations.form.invalidDate'),
      emergencyContact: { name: required, phone: required, relationship: required },
      guardian: {
        name: (value, values) => (minor(values) ? required(value) : null),
        phone: (value, values) => (minor(values) ? required(value) : null),
        relationship: (value, values) => (minor(values) ? required(value) : null),
        consent: (value, values) =>
          minor(values) && !value ? t('registrations.form.consentRequired') : null,
      },
    },
  });
  const minor = (values: Values) => Boolean(startsOn) && isMinorOn(values.dateOfBirth, startsOn);
  const isMinor = minor(form.getValues());

  if (event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (result) return <RegistrationResult registration={result} event={event.data} />;

  // A problem the person cannot see (further down a long form) gets the focus.
  const focusFirstProblem = () =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(),
    );
  const submit = form.onSubmit((values) => {
    setProblem(null);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const body: RegistrationBody = {
      nationality: values.nationality,
      dateOfBirth: values.dateOfBirth,
      gender: (values.gender || undefined) as RegistrationBody['gender'],
      dietaryRequirements: values.dietaryRequirements,
      medicalNotes: optional(values.medicalNotes),
      emergencyContact: values.emergencyContact,
      motivation: optional(values.motivation),
      guardian: minor(values)
        ? { ...values.guardian, email: optional(values.guardian.email) }
        : undefined,
    };
    register.mutate(body, {
      onSuccess: setResult,
      onError: (error) => {
        const unclaimed = showServerErrors(form, error);
        const field = isApiError(error) ? FIELD_OF_CODE[error.code] : undefined;
        if (field) form.setFieldError(field, actionError(error));
        else if (isApiError(error) && error.code === 'VALIDATION_FAILED' && unclaimed.length === 0)
          setProblem({ message: actionError(error) });
        else
          setProblem({
            message: [actionError(error), ...unclaimed].join(' '),
            code: isApiError(error) ? error.code : undefined,
          });
        focusFirstProblem();
      },
    });
  }, focusFirstProblem);

  return (
    <Stack gap="md" maw={640}>
      <div>
        <Title order={1}>{t('registrations.form.title', { title: event.data.title })}</Title>
        <Text c="dimmed">
          {localDateRange(event.data.startsOn, event.data.endsOn)} ·{' '}
          {zoneLabel(event.data.timezone, event.data.startsAt)}
        </Text>
      </div>
      <Text>{t('registrations.form.intro')}</Text>
      {event.data.status !== 'published' && (
        <Alert color="yellow">{t('registrations.form.closedEvent')}</Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t('registrations.form.about')}>
            <Stack gap="sm">
              <Select
                label={t('registrations.form.nationality')}
                placeholder={t('registrations.form.nationalityPlaceholder')}
                data={countries}
                searchable
                withAsterisk
                nothingFoundMessage={t('registrations.form.nothingFound')}
                {...form.getInputProps('nationality')}
                onChange={(value) => form.setFieldValue('nationality', value ?? '')}
              />
              <TextInput
                type="date"
                label={t('registrations.form.dateOfBirth')}
                withAsterisk
                {...form.getInputProps('dateOfBirth')}
              />
              <Select
                label={t('registrations.form.gender')}
                data={GENDERS.map((gender) => ({
                  value: gender,
                  label: t(`registrations.form.genderOptions.${gender}`),
                }))}
                {...form.getInputProps('gender')}
                onChange={(value) => form.setFieldValue('gender', value ?? '')}
              />
              <TagsInput
                label={t('registrations.form.dietary')}
                description={t('registrations.form.dietaryDescription')}
                data={diets}
                clearable
                {...form.getInputProps('dietaryRequirements')}
              />
              <Textarea
                label={t('registrations.form.medicalNotes')}
                description={t('registrations.form.medicalNotesDescription')}
                autosize
                minRows={2}
                {...form.getInputProps('medicalNotes')}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('registrations.form.emergency')}>
            <Stack gap="sm">
              <TextInput
                label={t('registrations.form.emergencyName')}
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('emergencyContact.name')}
              />
              <TextInput
                type="tel"
                label={t('registrations.form.emergencyPhone')}
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('emergencyContact.phone')}
              />
              <TextInput
                label={t('registrations.form.emergencyRelationship')}
                withAsterisk
                {...form.getInputProps('emergencyContact.relationship')}
              />
            </Stack>
          </Fieldset>

          {isMinor && (
            <Fieldset legend={t('registrations.form.guardian')}>
              <Stack gap="sm">
                <Text size="sm">{t('registrations.form.guardianIntro')}</Text>
                <TextInput
                  label={t('registrations.form.guardianName')}
                  withAsterisk
                  autoComplete="off"
                  {...form.getInputProps('guardian.name')}
                />
                <TextInput
                  type="tel"
                  label={t('registrations.form.guardianPhone')}
                  withAsterisk
                  autoComplete="off"
                  {...form.getInputProps('guardian.phone')}
                />
                <TextInput
                  type="email"
                  label={t('registrations.form.guardianEmail')}
                  autoComplete="off"
                  {...form.getInputProps('guardian.email')}
                />
                <TextInput
                  label={t('registrations.form.guardianRelationship')}
                  withAsterisk
                  {...form.getInputProps('guardian.relationship')}
                />
                <Checkbox
                  label={t('registrations.form.guardianConsent')}
                  {...form.getInputProps('guardian.consent', { type: 'checkbox' })}
                />
              </Stack>
            </Fieldset>
          )}

          <Textarea
            label={t('registrations.form.motivation')}
            autosize
            minRows={3}
            {...form.getInputProps('motivation')}
          />

          {problem && (
            <Alert color="red" role="alert" title={t('common.errorTitle')}>
              <Stack gap={4}>
                <Text size="sm">{problem.message}</Text>
                {problem.code === 'ALREADY_REGISTERED' && (
                  <Anchor component={RouterLink} to="/me/registrations" size="sm">
                    {t('registrations.mine.title')}
                  </Anchor>
                )}
              </Stack>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={register.isPending}>
              {t('registrations.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
