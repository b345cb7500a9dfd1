import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/dates';
import { AppModal } from '../../../shared/ui/AppModal';
import { useAmountProblem } from '../hooks/useAmountProblem';
import { useRefundPayment } from '../hooks/usePaymentMutations';
import { refundableMinor } from '../lib/booking';
import { moneyRefusal } from '../lib/errors';
import { amountToMinor, minorToAmount, newIdempotencyKey } from '../lib/money';
import { MoneyInput } from './MoneyInput';
import type { PaymentRow } from './PaymentParts';
import { FormFooter } from '../../../shared/ui/FormFooter';

const REASON_MAX = 500;

/**
 * Gives all or part of a payment or top-up back, by the same method it came (a wallet
 * payment back to the wallet), with a reason for the records. One idempotency key per opening.
 */
export function RefundModal({
  payment,
  timeZone,
  onClose,
}: {
  payment: PaymentRow | null;
  /** The location's zone, for the payment's date. */
  timeZone?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('payments');
  return (
    <AppModal opened={payment !== null} onClose={onClose} title={t('refund.title')}>
      {payment && (
        <RefundForm key={payment.id} payment={payment} timeZone={timeZone} onDone={onClose} />
      )}
    </AppModal>
  );
}

function RefundForm({
  payment,
  timeZone,
  onDone,
}: {
  payment: PaymentRow;
  timeZone?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const amountProblem = useAmountProblem();
  const currency = payment.amount.currency;
  const left = refundableMinor(payment);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState<number | string>(minorToAmount(left, currency));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ amount?: string; reason?: string; form?: string }>({});
  const [refund, { loading }] = useRefundPayment();
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, language);
  const zone = timeZone ?? payment.location?.timezone;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = amountProblem(amount, currency);
    const amountMinor = amountToMinor(amount, currency);
    if (issue || amountMinor === null) {
      setProblems({ amount: issue ?? t('errors.amountRequired') });
      return;
    }
    if (amountMinor > left) {
      setProblems({ amount: t('errors.refundExceeds', { amount: money(left) }) });
      return;
    }
    setProblems({});
    try {
      const result = await refund({
        variables: {
          input: {
            paymentId: payment.id,
            amountMinor,
            idempotencyKey,
            reason: reason.trim() || null,
          },
        },
      });
      notifications.show({
        color: 'teal',
        title: t('refund.doneTitle'),
        message: t('refund.done', {
          amount: result.data?.refundPayment.amount.formatted ?? money(amountMinor),
        }),
      });
      onDone();
    } catch (error) {
      const refusal = moneyRefusal(error);
      if (refusal.kind === 'refundExceeds')
        setProblems({
          amount:
            refusal.refundableMinor > 0
              ? t('errors.refundExceeds', { amount: money(refusal.refundableMinor) })
              : t('errors.nothingToRefund'),
        });
      else if (refusal.kind === 'insufficientFunds')
        setProblems({ amount: t('errors.topUpSpent', { currency }) });
      else if (refusal.kind === 'keyReused') setProblems({ form: t('errors.keyReusedRefund') });
      else if (refusal.kind === 'fields' && refusal.fields.reason)
        setProblems({ reason: t('errors.tooLong', { max: REASON_MAX }) });
      else if (refusal.kind === 'fields' && refusal.fields.amountMinor)
        setProblems({ amount: t('errors.amountRequired') });
      else setProblems({ form: errorText(error) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600}>
            {t('refund.summary', {
              amount: payment.amount.formatted,
              method: t(`methods.${payment.method}`),
            })}
          </Text>
          <Text fz="sm" c="dimmed">
            {formatDateTime(payment.createdAt, language, zone)}
            {payment.customer && ` · ${payment.customer.name}`}
          </Text>
          {payment.refunded.amountMinor > 0 && (
            <Text fz="sm" c="dimmed">
              {t('payment.refunded', { amount: payment.refunded.formatted })}
            </Text>
          )}
        </Stack>
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {payment.method === 'WALLET'
            ? t('refund.toWallet')
            : payment.kind === 'TOP_UP'
              ? t('refund.fromWallet', { method: t(`methods.${payment.method}`) })
              : t('refund.sameWay', { method: t(`methods.${payment.method}`) })}
        </Alert>
        <MoneyInput
          label={t('refund.amount')}
          description={t('refund.amountHint', { amount: money(left) })}
          currency={currency}
          value={amount}
          onChange={(value) => {
            setAmount(value);
            setProblems((current) => ({ ...current, amount: undefined }));
          }}
          required
          error={problems.amount}
          data-autofocus
        />
        <Textarea
          label={t('refund.reason')}
          placeholder={t('refund.reasonPlaceholder')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={REASON_MAX}
          autosize
          minRows={2}
          error={problems.reason}
        />
        <FormFooter
          error={problems.form}
          cancelLabel={t('take.cancel')}
          submitLabel={t('refund.submit')}
          onCancel={onDone}
          loading={loading}
          submitColor="orange"
        />
      </Stack>
    </form>
  );
}
