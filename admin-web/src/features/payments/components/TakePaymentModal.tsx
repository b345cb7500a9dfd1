import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconWallet } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingPaymentQuery, PaymentMethod } from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import { useRecordPayment, useWalletBalances } from '../hooks/usePaymentMutations';
import { methodsOf, payersOf } from '../lib/booking';
import { moneyRefusal } from '../lib/errors';
import { amountToMinor, minorToAmount, newIdempotencyKey } from '../lib/money';
import { useAmountProblem } from '../hooks/useAmountProblem';
import { MethodPicker } from './MethodPicker';
import { MoneyInput } from './MoneyInput';
import { NOTE_MAX, REFERENCE_MAX, ReferenceNoteFields } from './ReferenceNoteFields';
import { FormFooter } from '../../../shared/ui/FormFooter';

export type PaymentBooking = NonNullable<BookingPaymentQuery['booking']>;

/**
 * "Take payment" for a booking: who pays (a participant, or the guardian of one), how much
 * (what is due, to start with), how (the location's methods; the wallet shows what it holds in
 * the booking's currency), and a reference or note. One idempotency key per opening of the
 * dialog, kept for every retry of it: a retry after a lost answer never takes the money twice.
 */
export function TakePaymentModal({
  booking,
  opened,
  onClose,
}: {
  booking: PaymentBooking;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('payments');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('take.title')}>
      {opened && <TakePaymentForm booking={booking} onDone={onClose} />}
    </AppModal>
  );
}

interface Problems {
  payer?: string;
  amount?: string;
  method?: string;
  reference?: string;
  note?: string;
  form?: string;
}

function TakePaymentForm({ booking, onDone }: { booking: PaymentBooking; onDone: () => void }) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const amountProblem = useAmountProblem();
  const currency = booking.balance.due.currency;
  const dueMinor = booking.balance.due.amountMinor;
  const payers = payersOf(booking.customers);
  const methods = methodsOf(booking.location.paymentMethods);
  // One key per opening of the dialog: every retry of this payment sends the same one.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [payerId, setPayerId] = useState<string | null>(payers[0]?.id ?? null);
  const [amount, setAmount] = useState<number | string>(
    dueMinor > 0 ? minorToAmount(dueMinor, currency) : '',
  );
  const [method, setMethod] = useState<PaymentMethod | null>(methods[0] ?? null);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [record, { loading }] = useRecordPayment();
  const wallet = useWalletBalances(method === 'WALLET' ? payerId : null);
  const walletBalance = wallet.balances.find((b) => b.currency === currency);
  const amountMinor = amountToMinor(amount, currency);
  const walletShort =
    method === 'WALLET' &&
    !wallet.loading &&
    amountMinor !== null &&
    amountMinor > (walletBalance?.amountMinor ?? 0);
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!payerId) found.payer = t('errors.payer');
    const amountIssue = amountProblem(amount, currency);
    if (amountIssue) found.amount = amountIssue;
    if (!method) found.method = t('errors.method');
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      const result = await record({
        variables: {
          input: {
            customerId: payerId!,
            bookingId: booking.id,
            amount: { amountMinor: amountMinor!, currency },
            method: method!,
            idempotencyKey,
            reference: reference.trim() || null,
            note: note.trim() || null,
          },
        },
      });
      const payment = result.data?.recordPayment;
      notifications.show({
        color: 'teal',
        title: t('take.doneTitle'),
        message: payment?.receipt
          ? t('take.doneWithReceipt', {
              amount: payment.amount.formatted,
              number: payment.receipt.displayNumber,
            })
          : t('take.done', { amount: payment?.amount.formatted ?? money(amountMinor!) }),
      });
      onDone();
    } catch (error) {
      const refusal = moneyRefusal(error);
      switch (refusal.kind) {
        case 'overpayment':
          setProblems({
            amount:
              refusal.dueMinor > 0
                ? t('errors.overpayment', { due: money(refusal.dueMinor) })
                : t('errors.nothingDue'),
          });
          break;
        case 'insufficientFunds':
          setProblems({
            amount: walletBalance
              ? t('errors.walletHoldsOnly', { amount: walletBalance.formatted })
              : t('errors.insufficientFunds', { currency }),
          });
          break;
        case 'keyReused':
          setProblems({ form: t('errors.keyReused') });
          break;
        case 'fields':
          setProblems({
            payer: refusal.fields.customerId && t('errors.payerRefused'),
            amount:
              (refusal.fields.amountMinor ?? refusal.fields.amount ?? refusal.fields.currency) &&
              t('errors.amountRequired'),
            method: refusal.fields.method && t('errors.methodRefused'),
            reference: refusal.fields.reference && t('errors.tooLong', { max: REFERENCE_MAX }),
            note: refusal.fields.note && t('errors.tooLong', { max: NOTE_MAX }),
            form:
              refusal.fields.bookingId || refusal.fields.idempotencyKey
                ? errorText(error)
                : undefined,
          });
          break;
        default:
          setProblems({ form: errorText(error) });
      }
    }
  };

  if (methods.length === 0) {
    return (
      <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
        {t('take.noMethods')}
      </Alert>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Select
          label={t('take.payer')}
          data={payers.map((p) => ({
            value: p.id,
            label: p.guardianOf
              ? t('take.guardianOf', { name: p.name, dependent: p.guardianOf })
              : p.name,
          }))}
          value={payerId}
          onChange={(value) => {
            setPayerId(value);
            setProblems((current) => ({ ...current, payer: undefined }));
          }}
          allowDeselect={false}
          required
          error={problems.payer}
        />
        <MoneyInput
          label={t('take.amount')}
          description={
            dueMinor > 0 ? t('take.amountHint', { due: booking.balance.due.formatted }) : undefined
          }
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
        <MethodPicker
          methods={methods}
          value={method}
          onChange={(value) => {
            setMethod(value);
            setProblems((current) => ({ ...current, method: undefined, amount: undefined }));
          }}
          error={problems.method}
          description={
            method === 'WALLET' && (
              <Group gap={6} wrap="nowrap" component="span" aria-live="polite">
                <IconWallet size={16} aria-hidden />
                <Text span fz="sm" c={walletShort ? 'red' : 'dimmed'}>
                  {wallet.loading
                    ? t('take.walletLoading')
                    : wallet.error
                      ? t('take.walletFailed')
                      : t('take.walletBalance', {
                          amount: walletBalance?.formatted ?? money(0),
                        })}
                  {walletShort && ` ${t('take.walletShort')}`}
                </Text>
              </Group>
            )
          }
        />
        <ReferenceNoteFields
          method={method}
          reference={reference}
          onReference={setReference}
          note={note}
          onNote={setNote}
          errors={{ reference: problems.reference, note: problems.note }}
        />
        <FormFooter
          error={problems.form}
          cancelLabel={t('take.cancel')}
          submitLabel={t('take.submit')}
          onCancel={onDone}
          loading={loading}
        />
      </Stack>
    </form>
  );
}
