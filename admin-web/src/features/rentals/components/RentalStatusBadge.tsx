import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RentalStatus } from '../../../gql/graphql';

/** OUT, OVERDUE (out past its due time, in red) or RETURNED. */
export function RentalStatusBadge({ status, overdue }: { status: RentalStatus; overdue: boolean }) {
  const { t } = useTranslation('rentals');
  if (overdue)
    return (
      <Badge color="red" size="lg">
        {t('status.overdue')}
      </Badge>
    );
  return (
    <Badge color={status === 'OUT' ? 'blue' : 'gray'} variant="light" size="lg">
      {t(`status.${status}`)}
    </Badge>
  );
}
