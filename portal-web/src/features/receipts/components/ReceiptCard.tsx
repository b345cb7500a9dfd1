import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDateTime } from '../../booking';
import type { MyReceipt } from '../hooks/useMyReceipts';

const COLORS = { RECEIPT: 'teal', REFUND: 'orange', INVOICE: 'indigo' } as const;

/** One receipt or invoice: what for, when (the location's clock), the amount, its PDF. */
export function ReceiptCard({ receipt, showPerson }: { receipt: MyReceipt; showPerson: boolean }) {
  const { t } = useTranslation('receipts');
  const language = useCurrentLanguage();
  const kind = receipt.kind === 'INVOICE' ? 'INVOICE' : receipt.isRefund ? 'REFUND' : 'RECEIPT';
  const when = formatLocalDateTime(receipt.issuedAt, receipt.location.timezone, language);
  const what = receipt.lines[0]?.description;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`${t(`kinds.${kind}`)} ${receipt.displayNumber}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} fz="lg" c={receipt.isRefund ? 'orange.8' : undefined}>
              {formatMoney(receipt.total, language)}
            </Text>
            <Text fz="sm" c="dimmed">
              {when}
            </Text>
          </Stack>
          <Badge color={COLORS[kind]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`kinds.${kind}`)}
          </Badge>
        </Group>
        {what && <Text fz="sm">{what}</Text>}
        <Text fz="sm" c="dimmed">
          {receipt.location.name}
          {showPerson && ` · ${receipt.customerName}`}
        </Text>
        <Text fz="xs" ff="monospace" c="dimmed">
          {t('number', { number: receipt.displayNumber })}
        </Text>
        <Button
          component="a"
          href={receipt.pdfUrl}
          target="_blank"
          rel="noopener"
          size="sm"
          variant="light"
          fullWidth
          mt={4}
          leftSection={<IconDownload size={16} aria-hidden />}
          aria-label={t('pdfOf', { number: receipt.displayNumber })}
        >
          {t('pdf')}
        </Button>
      </Stack>
    </Paper>
  );
}
