import {
  Alert,
  Badge,
  Box,
  Button,
  Divider,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCash, IconCircleCheck, IconReceiptRefund } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/dates';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useBookingPayment } from '../hooks/usePaymentMutations';
import { balanceState, refundableMinor, type BalanceState } from '../lib/booking';
import {
  KindBadge,
  MethodBadge,
  PaymentAmount,
  ReceiptLink,
  type PaymentRow,
} from './PaymentParts';
import { RefundModal } from './RefundModal';
import { TakePaymentModal, type PaymentBooking } from './TakePaymentModal';

const DUE_LOOK = {
  due: { bg: 'var(--mantine-color-orange-light)', c: 'orange.9' },
  paid: { bg: 'var(--mantine-color-teal-light)', c: 'teal.9' },
  ahead: { bg: 'var(--mantine-color-blue-light)', c: 'blue.9' },
} as const satisfies Record<BalanceState, { bg: string; c: string }>;

/**
 * A booking's money, from the ledger: price, paid and what is still due (highlighted; "Paid
 * in full" once settled; paid ahead when more came in than it finally cost), its payments and
 * refunds with their receipts, "Take payment" and a refund per payment.
 */
export function BookingPaymentPanel({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const titleId = useId();
  const { booking, loading, error, retry } = useBookingPayment(bookingId);
  const [taking, setTaking] = useState(false);
  const [refunding, setRefunding] = useState<PaymentRow | null>(null);

  if (loading) return <Skeleton h={220} radius="lg" />;
  if (error) return <ErrorState title={t('booking.loadFailed')} error={error} onRetry={retry} />;
  if (!booking) return null;
  const { balance } = booking;
  const state = balanceState(balance.due.amountMinor);

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={2} fz="h4" id={titleId}>
              {t('booking.title')}
            </Title>
            {state === 'paid' && balance.price.amountMinor > 0 && (
              <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={14} />}>
                {t('booking.paidInFull')}
              </Badge>
            )}
            {state === 'ahead' && (
              <Badge color="blue" variant="light">
                {t('booking.paidAhead')}
              </Badge>
            )}
          </Group>
          {state === 'due' && (
            <Button
              leftSection={<IconCash size={18} aria-hidden />}
              onClick={() => setTaking(true)}
            >
              {t('booking.take')}
            </Button>
          )}
        </Group>
        <BalanceFigures booking={booking} state={state} />
        {!balance.charged && balance.packageCovered.amountMinor > 0 && (
          <Text fz="sm" c="teal.8">
            {t('booking.packageCovered', { amount: balance.packageCovered.formatted })}
          </Text>
        )}
        {!balance.charged && (
          <Text fz="xs" c="dimmed">
            {t('booking.notCharged')}
          </Text>
        )}
        {state === 'ahead' && (
          <Alert color="blue" variant="light" icon={<IconReceiptRefund aria-hidden />}>
            {t('booking.aheadHint', {
              amount: formatMoney(
                { amountMinor: -balance.due.amountMinor, currency: balance.due.currency },
                language,
              ),
            })}
          </Alert>
        )}
        <Divider />
        <PaymentList booking={booking} onRefund={setRefunding} />
      </Stack>
      <TakePaymentModal booking={booking} opened={taking} onClose={() => setTaking(false)} />
      <RefundModal
        payment={refunding}
        timeZone={booking.location.timezone}
        onClose={() => setRefunding(null)}
      />
    </Paper>
  );
}

/** Price, paid and due side by side; each a labelled group, due coloured by where it stands. */
function BalanceFigures({ booking, state }: { booking: PaymentBooking; state: BalanceState }) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const { balance } = booking;
  const ahead = formatMoney(
    { amountMinor: -balance.due.amountMinor, currency: balance.due.currency },
    language,
  );
  return (
    <SimpleGrid cols={3} spacing="sm">
      <Figure label={t('booking.price')}>{balance.price.formatted}</Figure>
      <Figure label={t('booking.paid')}>{balance.paid.formatted}</Figure>
      <Figure
        label={state === 'ahead' ? t('booking.ahead') : t('booking.due')}
        look={DUE_LOOK[state]}
      >
        {state === 'ahead' ? ahead : balance.due.formatted}
      </Figure>
    </SimpleGrid>
  );
}

function Figure({
  label,
  look,
  children,
}: {
  label: string;
  look?: { bg: string; c: string };
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Box
      role="group"
      aria-labelledby={id}
      p="sm"
      bg={look?.bg ?? 'var(--mantine-color-default-hover)'}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Text id={id} fz="xs" fw={600} tt="uppercase" c={look ? look.c : 'dimmed'}>
        {label}
      </Text>
      <Text fz="xl" fw={700} c={look?.c} style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Text>
    </Box>
  );
}

/** The booking's payments and refunds, oldest first, each with its receipt and a refund. */
function PaymentList({
  booking,
  onRefund,
}: {
  booking: PaymentBooking;
  onRefund: (payment: PaymentRow) => void;
}) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const zone = booking.location.timezone;
  const severalPayers = new Set(booking.payments.map((p) => p.customer?.id)).size > 1;
  return (
    <Stack gap="xs">
      <Title order={3} fz="sm" c="dimmed" tt="uppercase">
        {t('booking.payments')}
      </Title>
      {booking.payments.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('booking.none')}
        </Text>
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {booking.payments.map((payment, i) => {
            const left = refundableMinor(payment);
            return (
              <Box
                component="li"
                key={payment.id}
                py="xs"
                style={{
                  borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-default-border)',
                }}
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="nowrap">
                      <PaymentAmount payment={payment} />
                      {payment.kind === 'PAYMENT' ? (
                        <MethodBadge method={payment.method} />
                      ) : (
                        <KindBadge kind={payment.kind} />
                      )}
                    </Group>
                    <Text fz="sm" c="dimmed">
                      {formatDateTime(payment.createdAt, language, zone)}
                      {(severalPayers || payment.kind !== 'PAYMENT') &&
                        payment.customer &&
                        ` · ${payment.customer.name}`}
                      {payment.kind === 'REFUND' && ` · ${t(`methods.${payment.method}`)}`}
                      {payment.reference && ` · ${payment.reference}`}
                    </Text>
                    {payment.refunded.amountMinor > 0 && (
                      <Text fz="xs" c="orange.8">
                        {t('payment.refunded', { amount: payment.refunded.formatted })}
                      </Text>
                    )}
                    {payment.note && (
                      <Text fz="xs" c="dimmed" fs="italic">
                        {payment.note}
                      </Text>
                    )}
                  </Stack>
                  <Group gap="sm" wrap="nowrap">
                    <ReceiptLink payment={payment} />
                    {left > 0 && (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconReceiptRefund size={16} aria-hidden />}
                        onClick={() => onRefund(payment)}
                        aria-label={t('payment.refundOf', {
                          amount: payment.amount.formatted,
                          date: formatDateTime(payment.createdAt, language, zone),
                        })}
                      >
                        {t('payment.refund')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Box>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
