import { Alert, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconMapPin } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import {
  amountToMinor,
  MethodPicker,
  MoneyInput,
  moneyRefusal,
  newIdempotencyKey,
  NOTE_MAX,
  REFERENCE_MAX,
  ReferenceNoteFields,
  useAmountProblem,
} from '../../payments';
import { useTopUpWallet, useWalletLocations } from '../hooks/useWallet';
import { currencyChoices } from '../lib/currencies';
import { FormFooter } from '../../../shared/ui/FormFooter';

/** A top-up brings money in: paying from the wallet into itself makes no sense. */
const TOP_UP_METHODS = [
  'CASH',
  'CARD',
  'BANK_TRANSFER',
] as const satisfies readonly PaymentMethod[];

/**
 * "Top up": money into a customer's wallet at a location, in its currency by default (a
 * tourist may pay in their own), by one of the methods it takes. A receipt is issued. One
 * idempotency key per opening of the dialog, kept for every retry.
 */
export function TopUpModal({
  opened,
  customer,
  walletCurrencies,
  onClose,
}: {
  opened: boolean;
  customer: { id: string; name: string };
  walletCurrencies: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('payments');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('topUp.title', { name: customer.name })}>
      {opened && (
        <TopUpForm customer={customer} walletCurrencies={walletCurrencies} onDone={onClose} />
      )}
    </AppModal>
  );
}

interface Problems {
  location?: string;
  currency?: string;
  amount?: string;
  method?: string;
  reference?: string;
  note?: string;
  form?: string;
}

function TopUpForm({
  customer,
  walletCurrencies,
  onDone,
}: {
  customer: { id: string; name: string };
  walletCurrencies: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation('payments');
  const errorText = useErrorText();
  const amountProblem = useAmountProblem();
  const { locations, loading: locationsLoading, error: locationsError } = useWalletLocations();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [locationId, setLocationId] = useState<string | null>(null);
  const [currency, setCurrency] = useState<string | null>(null);
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [topUp, { loading }] = useTopUpWallet();

  // Until someone chooses, the first location (by name) with its own currency and method.
  const location = locations.find((l) => l.id === locationId) ?? locations[0] ?? null;
  const methods = TOP_UP_METHODS.filter((m) => location?.paymentMethods.includes(m));
  const chosenCurrency = currency ?? location?.currency ?? null;
  const chosenMethod =
    method && (methods as readonly PaymentMethod[]).includes(method)
      ? method
      : (methods[0] ?? null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!location) found.location = t('errors.location');
    if (!chosenCurrency) found.currency = t('errors.currency');
    else {
      const issue = amountProblem(amount, chosenCurrency);
      if (issue) found.amount = issue;
    }
    if (!chosenMethod) found.method = t('errors.method');
    setProblems(found);
    if (Object.keys(found).length) return;
    const amountMinor = amountToMinor(amount, chosenCurrency!)!;
    try {
      const result = await topUp({
        variables: {
          input: {
            customerId: customer.id,
            locationId: location!.id,
            amount: { amountMinor, currency: chosenCurrency! },
            method: chosenMethod!,
            idempotencyKey,
            reference: reference.trim() || null,
            note: note.trim() || null,
          },
        },
      });
      const payment = result.data?.topUpWallet;
      notifications.show({
        color: 'teal',
        title: t('topUp.doneTitle'),
        message: payment?.receipt
          ? t('topUp.doneWithReceipt', {
              amount: payment.amount.formatted,
              number: payment.receipt.displayNumber,
            })
          : t('topUp.done', { amount: payment?.amount.formatted ?? '' }),
      });
      onDone();
    } catch (error) {
      const refusal = moneyRefusal(error);
      if (refusal.kind === 'keyReused') setProblems({ form: t('errors.keyReusedTopUp') });
      else if (refusal.kind === 'fields')
        setProblems({
          location: refusal.fields.locationId && t('errors.location'),
          currency: refusal.fields.currency && t('errors.currencyRefused'),
          amount:
            (refusal.fields.amountMinor ?? refusal.fields.amount) && t('errors.amountRequired'),
          method: refusal.fields.method && t('errors.methodRefused'),
          reference: refusal.fields.reference && t('errors.tooLong', { max: REFERENCE_MAX }),
          note: refusal.fields.note && t('errors.tooLong', { max: NOTE_MAX }),
          form:
            refusal.fields.customerId || refusal.fields.idempotencyKey
              ? errorText(error)
              : undefined,
        });
      else setProblems({ form: errorText(error) });
    }
  };

  if (locationsError)
    return (
      <Alert color="red" variant="light" role="alert">
        {errorText(locationsError)}
      </Alert>
    );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Select
          label={t('topUp.location')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location?.id ?? null}
          onChange={(value) => {
            setLocationId(value);
            // The new location's own currency, unless one was chosen on purpose.
            setCurrency(null);
            setProblems((current) => ({ ...current, location: undefined, method: undefined }));
          }}
          disabled={locationsLoading}
          allowDeselect={false}
          required
          leftSection={<IconMapPin size={16} aria-hidden />}
          error={problems.location}
        />
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <Select
            label={t('topUp.currency')}
            description={
              location && chosenCurrency !== location.currency
                ? t('topUp.otherCurrency', { currency: location.currency })
                : undefined
            }
            data={currencyChoices([...locations.map((l) => l.currency), ...walletCurrencies], {
              used: t('currencies.used'),
              other: t('currencies.other'),
            })}
            value={chosenCurrency}
            onChange={(value) => {
              setCurrency(value);
              setProblems((current) => ({ ...current, currency: undefined, amount: undefined }));
            }}
            searchable
            allowDeselect={false}
            required
            w={130}
            error={problems.currency}
          />
          {chosenCurrency && (
            <MoneyInput
              label={t('topUp.amount')}
              currency={chosenCurrency}
              value={amount}
              onChange={(value) => {
                setAmount(value);
                setProblems((current) => ({ ...current, amount: undefined }));
              }}
              required
              error={problems.amount}
              data-autofocus
              style={{ flex: 1 }}
            />
          )}
        </Group>
        {methods.length === 0 ? (
          <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {t('topUp.noMethods')}
          </Alert>
        ) : (
          <MethodPicker
            methods={methods}
            value={chosenMethod}
            onChange={(value) => {
              setMethod(value);
              setProblems((current) => ({ ...current, method: undefined }));
            }}
            error={problems.method}
          />
        )}
        <ReferenceNoteFields
          method={chosenMethod}
          reference={reference}
          onReference={setReference}
          note={note}
          onNote={setNote}
          errors={{ reference: problems.reference, note: problems.note }}
        />
        <FormFooter
          error={problems.form}
          cancelLabel={t('take.cancel')}
          submitLabel={t('topUp.submit')}
          onCancel={onDone}
          loading={loading}
          submitDisabled={methods.length === 0}
        />
      </Stack>
    </form>
  );
}
