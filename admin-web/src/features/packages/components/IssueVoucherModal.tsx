import { Alert, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { dayBounds } from '@plannivo/web-kit/zoned';
import { IconMapPin } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../gql/graphql';
import { AppModal } from '../../../shared/ui/AppModal';
import {
  amountToMinor,
  MoneyInput,
  moneyRefusal,
  newIdempotencyKey,
  useAmountProblem,
} from '../../payments';
import { useIssueVoucher, usePackageSaleOptions } from '../hooks/usePackages';
import { CustomerSelect, type PickedCustomer } from './PackageParts';
import { CodeDone, GiftFields, PaymentSection, TEXT_MAX } from './SaleFormParts';

/**
 * "Credit voucher": an amount in a location's currency, paid by a buyer, that whoever redeems
 * the code gets in their wallet. The code is shown once issued, to copy or print.
 */
export function IssueVoucherModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('packages');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('issue.title')}>
      {opened && <IssueForm onDone={onClose} />}
    </AppModal>
  );
}

interface Problems {
  buyer?: string;
  amount?: string;
  method?: string;
  recipientName?: string;
  message?: string;
  expiresAt?: string;
  form?: string;
}

function IssueForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('packages');
  const errorText = useErrorText();
  const amountProblem = useAmountProblem();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const options = usePackageSaleOptions(null);
  const [locationId, setLocationId] = useState<string | null>(null);
  const [buyer, setBuyer] = useState<PickedCustomer | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [recipientName, setRecipientName] = useState('');
  const [message, setMessage] = useState('');
  const [until, setUntil] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [issuedCode, setIssuedCode] = useState<string | null>(null);
  const [issue, { loading }] = useIssueVoucher();

  const location =
    options.locations.find((l) => l.id === locationId) ?? options.locations[0] ?? null;
  const methods = (location?.paymentMethods ?? []) as PaymentMethod[];
  const chosenMethod = method && methods.includes(method) ? method : (methods[0] ?? null);

  if (issuedCode)
    return (
      <CodeDone
        title={t('issue.issued')}
        hint={t('issue.codeHint')}
        code={issuedCode}
        onDone={onDone}
      />
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!buyer) found.buyer = t('errors.buyer');
    if (location) {
      const issueText = amountProblem(amount, location.currency);
      if (issueText) found.amount = issueText;
    }
    if (!chosenMethod) found.method = t('errors.method');
    setProblems(found);
    if (Object.keys(found).length || !location) return;
    try {
      const result = await issue({
        variables: {
          input: {
            locationId: location.id,
            amount: {
              amountMinor: amountToMinor(amount, location.currency)!,
              currency: location.currency,
            },
            buyerId: buyer!.id,
            method: chosenMethod!,
            idempotencyKey,
            recipientName: recipientName.trim() || null,
            message: message.trim() || null,
            expiresAt: until ? dayBounds(until.slice(0, 10), location.timezone).to : null,
          },
        },
      });
      const voucher = result.data?.issueVoucher.voucher;
      notifications.show({
        color: 'teal',
        title: t('issue.doneTitle'),
        message: t('issue.done', { amount: voucher?.amount?.formatted ?? '' }),
      });
      if (voucher) setIssuedCode(voucher.code);
      else onDone();
    } catch (error) {
      const refusal = moneyRefusal(error);
      if (refusal.kind === 'insufficientFunds') setProblems({ method: t('errors.walletShort') });
      else if (refusal.kind === 'keyReused') setProblems({ form: t('errors.keyReused') });
      else if (refusal.kind === 'fields')
        setProblems({
          buyer: refusal.fields.buyerId && t('errors.buyerRefused'),
          amount: (refusal.fields.amountMinor ?? refusal.fields.currency) && t('errors.amount'),
          method: refusal.fields.method && t('errors.methodRefused'),
          recipientName:
            refusal.fields.recipientName && t('errors.tooLong', { max: TEXT_MAX.recipientName }),
          message: refusal.fields.message && t('errors.tooLong', { max: TEXT_MAX.message }),
          expiresAt: refusal.fields.expiresAt && t('errors.future'),
        });
      else setProblems({ form: errorText(error) });
    }
  };

  if (options.error)
    return (
      <Alert color="red" variant="light" role="alert">
        {errorText(options.error)}
      </Alert>
    );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Select
          label={t('sell.location')}
          data={options.locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location?.id ?? null}
          onChange={(value) => {
            setLocationId(value);
            setProblems((p) => ({ ...p, amount: undefined, method: undefined }));
          }}
          disabled={options.loading}
          allowDeselect={false}
          required
          leftSection={<IconMapPin size={16} aria-hidden />}
        />
        {location && (
          <MoneyInput
            label={t('issue.amount')}
            description={t('issue.amountHint')}
            currency={location.currency}
            value={amount}
            onChange={(value) => {
              setAmount(value);
              setProblems((p) => ({ ...p, amount: undefined }));
            }}
            required
            error={problems.amount}
            data-autofocus
          />
        )}
        <CustomerSelect
          label={t('sell.buyer')}
          value={buyer}
          onChange={(c) => {
            setBuyer(c);
            setProblems((p) => ({ ...p, buyer: undefined }));
          }}
          error={problems.buyer}
        />
        <GiftFields
          recipientName={recipientName}
          onRecipientName={setRecipientName}
          message={message}
          onMessage={setMessage}
          until={until}
          onUntil={setUntil}
          timezone={location?.timezone ?? null}
          errors={{
            recipientName: problems.recipientName,
            message: problems.message,
            until: problems.expiresAt,
          }}
        />
        <PaymentSection
          methods={methods}
          method={chosenMethod}
          onMethod={(m) => {
            setMethod(m);
            setProblems((p) => ({ ...p, method: undefined }));
          }}
          methodError={problems.method}
          formError={problems.form}
          loading={loading}
          onCancel={onDone}
          submitLabel={t('issue.submit')}
        />
      </Stack>
    </form>
  );
}
