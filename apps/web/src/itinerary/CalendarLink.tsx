import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Loading, LoadError } from '../common/QueryStates';
import classes from './CalendarLink.module.css';
import { useActionError } from '../registrations/errors';
import { useCalendarUrl, useRotateCalendarUrl } from './queries';

/** The secret calendar feed as a webcal: link, with copy and rotate. */
export function CalendarLink({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const calendar = useCalendarUrl(eventId);
  const rotate = useRotateCalendarUrl(eventId);
  const actionError = useActionError();
  const [opened, { open, close }] = useDisclosure(false);
  const webcal = calendar.data?.url.replace(/^https?:/, 'webcal:');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calendar-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-heading">
          {t('itinerary.calendar.title')}
        </Title>
        <Text size="sm">{t('itinerary.calendar.body')}</Text>
        {calendar.isPending ? (
          <Loading />
        ) : calendar.isError ? (
          <LoadError error={calendar.error} onRetry={() => void calendar.refetch()} />
        ) : (
          <>
            <div>
              <Text size="sm" fw={500} id="calendar-address">
                {t('itinerary.calendar.label')}
              </Text>
              <Code block aria-labelledby="calendar-address" className={classes.address}>
                {webcal}
              </Code>
            </div>
            <Group gap="sm">
              <Button component="a" href={webcal}>
                {t('itinerary.calendar.open')}
              </Button>
              <CopyButton value={webcal ?? ''}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} aria-live="polite">
                    {copied ? t('itinerary.calendar.copied') : t('itinerary.calendar.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="subtle" color="red" onClick={open}>
                {t('itinerary.calendar.rotate')}
              </Button>
            </Group>
          </>
        )}
        {opened && (
          // Asked in place, not in a modal: a non-modal dialog under the buttons.
          <Paper
            withBorder
            p="sm"
            role="dialog"
            aria-labelledby="rotate-title"
            className={classes.confirm}
          >
            <Stack gap="sm">
              <Text fw={700} id="rotate-title">
                {t('itinerary.calendar.rotateTitle')}
              </Text>
              <Text size="sm">{t('itinerary.calendar.rotateBody')}</Text>
              <Group gap="sm">
                <Button
                  color="red"
                  loading={rotate.isPending}
                  onClick={() => rotate.mutate(undefined, { onSettled: close })}
                >
                  {t('itinerary.calendar.rotateConfirm')}
                </Button>
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
        {rotate.isSuccess && (
          <Text c="teal.9" size="sm" role="status">
            {t('itinerary.calendar.rotated')}
          </Text>
        )}
        {rotate.isError && (
          <Text c="red.8" size="sm" role="alert">
            {actionError(rotate.error)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
