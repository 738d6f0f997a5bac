import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/errors';
import type { Schemas } from '../api/types';
import { Loading, LoadError } from '../common/QueryStates';
import { countryName } from '../format/countries';
import { localDate, localDateRange } from '../format/time';
import { useLetterVerification } from './queries';

type Verification = Schemas['LetterVerificationDto'];

/** Dark enough for white text (WCAG AA) on a phone in a bright consulate hall. */
const VERDICT_COLORS = { valid: '#1b5e20', superseded: '#8a3b00', invalid: '#a61e1e' } as const;

/**
 * The page a letter's QR code opens, for a consular officer on a phone: whether the letter is
 * genuine and still valid, and just enough to match it with the paper in their hands.
 */
export default function LetterVerificationPage() {
  const { reference = '' } = useParams();
  const { t } = useTranslation();
  const verification = useLetterVerification(reference);
  return (
    <Stack gap="md" maw={560}>
      <div>
        <Title order={1}>{t('letters.title')}</Title>
        <Text c="dimmed">{t('letters.reference', { reference: reference.toUpperCase() })}</Text>
      </div>
      {verification.isPending ? (
        <Loading />
      ) : verification.isError ? (
        isApiError(verification.error, 'NOT_FOUND') ? (
          <Alert
            color={VERDICT_COLORS.invalid}
            variant="filled"
            title={t('letters.unknownTitle')}
            role="alert"
          >
            {t('letters.unknownBody')}
          </Alert>
        ) : (
          <LoadError error={verification.error} onRetry={() => void verification.refetch()} />
        )
      ) : (
        <Verdict verification={verification.data} />
      )}
    </Stack>
  );
}

function Verdict({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const state = verification.valid ? 'valid' : verification.superseded ? 'superseded' : 'invalid';
  return (
    <>
      <Alert
        color={VERDICT_COLORS[state]}
        variant="filled"
        title={t(`letters.${state}Title`)}
        role="status"
      >
        {t(`letters.${state}Body`)}
      </Alert>
      <Paper withBorder p="md" radius="md">
        <Table variant="vertical" layout="fixed" withRowBorders={false}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w="40%">{t('letters.event')}</Table.Th>
              <Table.Td>{verification.event.title}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('letters.dates')}</Table.Th>
              <Table.Td>
                {localDateRange(verification.event.startsOn, verification.event.endsOn)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('letters.country')}</Table.Th>
              <Table.Td>{countryName(verification.country)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('letters.initials')}</Table.Th>
              <Table.Td>{verification.participantInitials ?? t('letters.erased')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('letters.issued')}</Table.Th>
              <Table.Td>{localDate(verification.issuedAt.slice(0, 10))}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('letters.privacy')}
      </Text>
    </>
  );
}
