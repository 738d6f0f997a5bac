import { Alert, Button, Fieldset, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { showServerErrors } from '../api/form-errors';
import { Loading, LoadError } from '../common/QueryStates';
import { countryOptions } from '../format/countries';
import { instantOf } from '../format/instant';
import { zoneLabel } from '../format/time';
import { AirportField } from './AirportField';
import { useSaveTravel, useTravel, type Airport, type Travel, type TravelBody } from './queries';

type Mode = 'flight' | 'ground' | 'none' | '';

interface LegValues {
  mode: Mode;
  flightNumber: string;
  airport: string;
  /** "2027-07-11T15:40", the wall clock at the airport. */
  local: string;
  terminal: string;
}

interface TravelValues {
  phone: string;
  arrival: LegValues & { arrivesAt: string };
  departure: LegValues & { departsAt: string };
  roomSharing: string;
  passport: {
    number: string;
    issuingCountry: string;
    expiresOn: string;
    fullNameAsInPassport: string;
  };
}

/** The airport's own wall clock for a stored local time ("2027-07-11T15:40:00+09:00" → "2027-07-11T15:40"). */
const wallClock = (local: string | null | undefined) => (local ? local.slice(0, 16) : '');

function legValues(
  leg: {
    mode: string;
    flightNumber: string | null;
    airport: string | null;
    terminal: string | null;
  } | null,
  local: string | null | undefined,
): LegValues {
  return {
    mode: (leg?.mode as Mode) ?? '',
    flightNumber: leg?.flightNumber ?? '',
    airport: leg?.airport ?? '',
    local: wallClock(local),
    terminal: leg?.terminal ?? '',
  };
}

function storedAirport(
  code: string | null | undefined,
  zone: string | null | undefined,
): Airport | null {
  return code && zone ? { iata: code, name: code, city: '', country: null, timezone: zone } : null;
}

/** The participant's flights, phone, room preference and passport, entered in each airport's own time. */
export default function TravelPage() {
  const { id = '' } = useParams();
  const travel = useTravel(id);
  if (travel.isPending) return <Loading />;
  if (travel.isError)
    return <LoadError error={travel.error} onRetry={() => void travel.refetch()} />;
  return <TravelForm registrationId={id} travel={travel.data} />;
}

function TravelForm({ registrationId, travel }: { registrationId: string; travel: Travel }) {
  const { t } = useTranslation();
  const save = useSaveTravel(registrationId);
  const [airports, setAirports] = useState<{ arrival: Airport | null; departure: Airport | null }>({
    arrival: storedAirport(travel.arrival?.airport, travel.arrival?.timezone),
    departure: storedAirport(travel.departure?.airport, travel.departure?.timezone),
  });
  const [unclaimed, setUnclaimed] = useState<string[]>([]);
  const form = useForm<TravelValues>({
    initialValues: {
      phone: travel.phone ?? '',
      arrival: { ...legValues(travel.arrival, travel.arrival?.localArrival), arrivesAt: '' },
      departure: {
        ...legValues(travel.departure, travel.departure?.localDeparture),
        departsAt: '',
      },
      roomSharing: travel.roomSharing ?? '',
      passport: {
        number: travel.passport?.number ?? '',
        issuingCountry: travel.passport?.issuingCountry ?? '',
        expiresOn: travel.passport?.expiresOn ?? '',
        fullNameAsInPassport: travel.passport?.fullNameAsInPassport ?? '',
      },
    },
  });

  const leg = (name: 'arrival' | 'departure', values: LegValues) => {
    if (!values.mode) return null;
    const zone = airports[name]?.timezone;
    const [date = '', time = ''] = values.local.split('T');
    const instant = values.local && zone ? instantOf(date, time.slice(0, 5), zone) : null;
    const at = instant ?? (values.local ? `${values.local}:00Z` : null);
    return {
      mode: values.mode,
      flightNumber: values.flightNumber.trim() || null,
      airport: values.airport || null,
      terminal: values.terminal.trim() || null,
      ...(name === 'arrival' ? { arrivesAt: at } : { departsAt: at }),
    };
  };

  const submit = form.onSubmit((values) => {
    setUnclaimed([]);
    const passport = values.passport;
    const body = {
      phone: values.phone.trim() || null,
      arrival: leg('arrival', values.arrival),
      departure: leg('departure', values.departure),
      roomSharing: (values.roomSharing || null) as TravelBody['roomSharing'],
      visaNeededFor: travel.visaNeededFor,
      // Left out, the stored passport stays as it is.
      ...(passport.number.trim()
        ? {
            passport: {
              number: passport.number.trim(),
              issuingCountry: passport.issuingCountry,
              expiresOn: passport.expiresOn,
              fullNameAsInPassport: passport.fullNameAsInPassport.trim(),
            },
          }
        : {}),
    } as TravelBody;
    save.mutate(body, {
      onError: (error) => {
        // The API names the time fields arrivesAt / departsAt; the form shows them as one input.
        const unclaimedProblems = showServerErrors(form, error);
        for (const name of ['arrival', 'departure'] as const) {
          const field = name === 'arrival' ? 'arrivesAt' : 'departsAt';
          const problem = form.errors[`${name}.${field}`];
          if (problem) form.setFieldError(`${name}.local`, problem);
        }
        setUnclaimed(unclaimedProblems);
      },
    });
  });

  const modes = [
    { value: 'flight', label: t('travel.mode.flight') },
    { value: 'ground', label: t('travel.mode.ground') },
    { value: 'none', label: t('travel.mode.none') },
  ];

  const legFields = (name: 'arrival' | 'departure') => {
    const values = form.getValues()[name];
    const airport = airports[name];
    return (
      <Fieldset legend={t(`travel.${name}.title`)} variant="unstyled">
        <Stack gap="sm">
          <Select
            label={t('travel.mode.label')}
            data={modes}
            clearable
            {...form.getInputProps(`${name}.mode`)}
          />
          {values.mode === 'flight' && (
            <>
              <TextInput
                label={t('travel.flightNumber')}
                placeholder="VN416"
                {...form.getInputProps(`${name}.flightNumber`)}
              />
              <AirportField
                label={t(`travel.${name}.airport`)}
                value={values.airport}
                known={airport}
                onChange={(picked) => {
                  setAirports((current) => ({ ...current, [name]: picked }));
                  form.setFieldValue(`${name}.airport`, picked?.iata ?? '');
                }}
                error={form.errors[`${name}.airport`]}
              />
              <TextInput
                type="datetime-local"
                label={t(`travel.${name}.time`)}
                description={
                  airport
                    ? t('travel.localTimeAt', {
                        airport: airport.iata,
                        zone: zoneLabel(airport.timezone),
                      })
                    : t('travel.pickAirportFirst')
                }
                disabled={!airport}
                {...form.getInputProps(`${name}.local`)}
              />
              <TextInput label={t('travel.terminal')} {...form.getInputProps(`${name}.terminal`)} />
            </>
          )}
        </Stack>
      </Fieldset>
    );
  };

  return (
    <Stack gap="md" maw={560}>
      <div>
        <Title order={1}>{t('travel.title')}</Title>
        <Text c="dimmed">{t('travel.intro')}</Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput
            label={t('travel.phone')}
            description={t('travel.phoneHint')}
            type="tel"
            placeholder="+84901234567"
            {...form.getInputProps('phone')}
          />
          {legFields('arrival')}
          {legFields('departure')}
          <Select
            label={t('travel.roomSharing.label')}
            description={t('travel.roomSharing.hint')}
            clearable
            data={(['female', 'male', 'single'] as const).map((value) => ({
              value,
              label: t(`travel.roomSharing.${value}`),
            }))}
            {...form.getInputProps('roomSharing')}
          />
          <Fieldset legend={t('travel.passport.title')} variant="unstyled">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('travel.passport.privacy')}
              </Text>
              <TextInput
                label={t('travel.passport.number')}
                autoComplete="off"
                {...form.getInputProps('passport.number')}
              />
              <Select
                label={t('travel.passport.issuingCountry')}
                searchable
                data={countryOptions()}
                {...form.getInputProps('passport.issuingCountry')}
              />
              <TextInput
                type="date"
                label={t('travel.passport.expiresOn')}
                {...form.getInputProps('passport.expiresOn')}
              />
              <TextInput
                label={t('travel.passport.fullName')}
                description={t('travel.passport.fullNameHint')}
                {...form.getInputProps('passport.fullNameAsInPassport')}
              />
            </Stack>
          </Fieldset>
          {unclaimed.length > 0 && (
            <Alert color="red" role="alert">
              {unclaimed.join(' ')}
            </Alert>
          )}
          {save.isSuccess && (
            <Alert color="green" role="status">
              {t('travel.saved')}
            </Alert>
          )}
          {save.data?.warnings.map((warning) => (
            <Alert key={warning.code} color="orange" role="status">
              {t('travel.passportTooSoon')}
            </Alert>
          ))}
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('travel.save')}
          </Button>
        </Stack>
      </form>
      <Button
        component={RouterLink}
        to={`/me/registrations/${registrationId}`}
        variant="subtle"
        w="fit-content"
      >
        {t('travel.back')}
      </Button>
    </Stack>
  );
}
