import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The day after (or before) a local date, as YYYY-MM-DD: calendar arithmetic, no zone. */
export function shiftDate(date: string, days: number): string {
  const noon = new Date(`${date}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  return noon.toISOString().slice(0, 10);
}

/** Previous day, a date field, next day, and a way back to today. */
export function DayPicker({
  date,
  isToday,
  onChange,
}: {
  date: string;
  isToday: boolean;
  onChange: (date: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Button variant="default" onClick={() => onChange(shiftDate(date, -1))}>
        ← {t('console.today.previousDay')}
      </Button>
      <TextInput
        type="date"
        label={t('console.today.date')}
        value={date}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange(value);
        }}
        w={170}
      />
      <Button variant="default" onClick={() => onChange(shiftDate(date, 1))}>
        {t('console.today.nextDay')} →
      </Button>
      {!isToday && (
        <Button variant="subtle" onClick={() => onChange(null)}>
          {t('console.today.backToToday')}
        </Button>
      )}
    </Group>
  );
}
