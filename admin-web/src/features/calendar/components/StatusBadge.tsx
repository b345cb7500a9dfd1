import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../gql/graphql';
import { STATUS_COLOURS } from '../status';

/** A booking's status in words, in its calendar colour. */
export function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('calendar');
  const colour = STATUS_COLOURS[status];
  return (
    <Badge
      radius="sm"
      variant="filled"
      styles={{
        root: {
          background: colour.background,
          color: colour.text,
          border: `1px solid ${colour.border}`,
          textDecoration: status === 'CANCELLED' ? 'line-through' : undefined,
        },
      }}
    >
      {t(`statuses.${status}`)}
    </Badge>
  );
}
