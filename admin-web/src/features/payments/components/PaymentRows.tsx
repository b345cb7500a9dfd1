import { Anchor, Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconReceiptRefund } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/lib/dates';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { refundableMinor } from '../lib/booking';
import {
  KindBadge,
  MethodBadge,
  PaymentAmount,
  ReceiptLink,
  type PaymentRow,
} from './PaymentParts';

interface RowsProps {
  payments: readonly PaymentRow[];
  loading: boolean;
  onRefund: (payment: PaymentRow) => void;
}

/** The payments: a table on a desk, stacked cards on a phone. */
export function PaymentRows(props: RowsProps) {
  return useIsDesk() ? <PaymentTable {...props} /> : <PaymentCards {...props} />;
}

/** When it was taken, on the location's clock. */
function TakenAt({ payment }: { payment: PaymentRow }) {
  const language = useCurrentLanguage();
  return <>{formatDateTime(payment.createdAt, language, payment.location?.timezone)}</>;
}

/** What it was for: the booking (service and day), the wallet, or money on account. */
function Purpose({ payment }: { payment: PaymentRow }) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  if (payment.booking)
    return (
      <Anchor component={Link} to={`/bookings/${payment.booking.id}`} fz="sm">
        {payment.booking.service.name} ·{' '}
        {formatDateTime(payment.booking.startsAt, language, payment.location?.timezone)}
      </Anchor>
    );
  const purpose =
    payment.kind === 'TOP_UP'
      ? t('list.wallet')
      : payment.kind === 'PAYMENT'
        ? t('list.onAccount')
        : payment.kind === 'REFUND'
          ? t('list.refund')
          : t(`kinds.${payment.kind}`);
  return (
    <Text fz="sm" c="dimmed">
      {purpose}
    </Text>
  );
}

function Customer({ payment }: { payment: PaymentRow }) {
  if (!payment.customer) return null;
  return (
    <Anchor component={Link} to={`/customers/${payment.customer.id}`}>
      {payment.customer.name}
    </Anchor>
  );
}

function Actions({ payment, onRefund }: { payment: PaymentRow; onRefund: RowsProps['onRefund'] }) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  return (
    <Group gap="sm" wrap="nowrap">
      <ReceiptLink payment={payment} />
      {refundableMinor(payment) > 0 && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconReceiptRefund size={16} aria-hidden />}
          onClick={() => onRefund(payment)}
          aria-label={t('payment.refundOf', {
            amount: payment.amount.formatted,
            date: formatDateTime(payment.createdAt, language, payment.location?.timezone),
          })}
        >
          {t('payment.refund')}
        </Button>
      )}
    </Group>
  );
}

function PaymentTable({ payments, loading, onRefund }: RowsProps) {
  const { t } = useTranslation('payments');
  return (
    <DataTable
      minWidth={900}
      loading={loading}
      skeletonRows={8}
      rows={payments}
      columns={[
        { label: t('list.taken'), w: 140, skeleton: <SkeletonLine width={100} /> },
        { label: t('list.customer'), skeleton: <SkeletonLine width={140} /> },
        { label: t('list.for'), skeleton: <SkeletonLine width={160} /> },
        { label: t('list.method'), w: 115, skeleton: <SkeletonLine width={70} /> },
        { label: t('list.amount'), w: 125, skeleton: <SkeletonLine width={70} /> },
        { label: t('list.actions'), hiddenLabel: true, w: 230 },
      ]}
      renderRow={(payment) => (
        <Table.Tr key={payment.id}>
          <Table.Td>
            <Stack gap={2}>
              <Text fz="sm">
                <TakenAt payment={payment} />
              </Text>
              {payment.location && (
                <Text fz="xs" c="dimmed">
                  {payment.location.name}
                </Text>
              )}
            </Stack>
          </Table.Td>
          <Table.Td>
            <Customer payment={payment} />
          </Table.Td>
          <Table.Td>
            <Stack gap={2} align="flex-start">
              <Purpose payment={payment} />
              {payment.kind !== 'PAYMENT' && <KindBadge kind={payment.kind} />}
            </Stack>
          </Table.Td>
          <Table.Td>
            <Stack gap={2} align="flex-start">
              <MethodBadge method={payment.method} />
              {payment.reference && (
                <Text fz="xs" c="dimmed" truncate>
                  {payment.reference}
                </Text>
              )}
            </Stack>
          </Table.Td>
          <Table.Td>
            <PaymentAmount payment={payment} />
            {payment.refunded.amountMinor > 0 && (
              <Text fz="xs" c="orange.8">
                {t('payment.refunded', { amount: payment.refunded.formatted })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Actions payment={payment} onRefund={onRefund} />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}

function PaymentCards({ payments, loading, onRefund }: RowsProps) {
  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <Box key={i} p="md" style={{ borderBottom: rowBorder }}>
            <SkeletonLine width="60%" />
          </Box>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {payments.map((payment) => (
        <Box component="li" key={payment.id} p="md" style={{ borderBottom: rowBorder }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Customer payment={payment} />
              <Purpose payment={payment} />
              <Text fz="xs" c="dimmed">
                <TakenAt payment={payment} />
                {payment.location && ` · ${payment.location.name}`}
              </Text>
            </Stack>
            <Stack gap={4} align="flex-end">
              <PaymentAmount payment={payment} />
              <MethodBadge method={payment.method} />
            </Stack>
          </Group>
          <Group justify="flex-end" mt="xs">
            <Actions payment={payment} onRefund={onRefund} />
          </Group>
        </Box>
      ))}
    </Stack>
  );
}
