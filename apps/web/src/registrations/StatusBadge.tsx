import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../api/types';

const COLOURS: Record<Registration['status'], string> = {
  confirmed: 'green',
  waitlisted: 'yellow',
  pending: 'blue',
  rejected: 'gray',
  cancelled: 'gray',
};

/** A registration's status in words. */
export function StatusBadge({ status }: { status: Registration['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="dot" size="lg" radius="sm" tt="none">
      {t(`registrations.status.${status}`)}
    </Badge>
  );
}
