import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { useMyReceipts } from '../hooks/useMyReceipts';
import { ReceiptCard } from './ReceiptCard';

/**
 * "Payments & receipts" on a phone: a card per receipt (money paid or refunded) and invoice,
 * newest first, with the amount, the day on the location's clock, what it was for and a PDF.
 */
export function ReceiptsView() {
  const { t } = useTranslation('receipts');
  const list = useMyReceipts();
  const people = new Set(list.receipts.map((r) => r.customerName));

  if (list.error) return <ErrorAlert error={list.error} title={t('loadFailed')} />;
  if (list.loading) {
    return (
      <Stack gap="sm" aria-busy>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={132} radius="md" />
        ))}
      </Stack>
    );
  }
  if (list.receipts.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {list.receipts.map((receipt) => (
        <ReceiptCard key={receipt.id} receipt={receipt} showPerson={people.size > 1} />
      ))}
      {list.hasMore && (
        <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('more')}
        </Button>
      )}
    </Stack>
  );
}
