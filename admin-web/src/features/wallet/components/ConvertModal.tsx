import { Alert, Anchor, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { todayIn } from '@plannivo/web-kit/zoned';
import { IconAlertCircle, IconArrowRight, IconMapPin } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/lib/dates';
import { AppModal } from '../../../shared/ui/AppModal';
import {
  amountToMinor,
  minorToAmount,
  MoneyInput,
  moneyRefusal,
  useAmountProblem,
} from '../../payments';
import { useConvertWalletCurrency, useFxRates, useWalletLocations } from '../hooks/useWallet';
import { currencyChoices, formatRate, rateLine } from '../lib/currencies';
import { applicableRate, convertMinor } from '../lib/fx';
import { FormFooter } from '../../../shared/ui/FormFooter';

interface Balance {
  amountMinor: number;
  currency: string;
  formatted: string;
}

/**
 * "Convert currency": part of a wallet's balance into another currency at the newest rate
 * entered on or before today at the location. Shows that rate, and what the customer gets,
 * before anything moves (the API uses the same rate and rounding and stores it).
 */
export function ConvertModal({
  opened,
  customer,
  balances,
  onClose,
}: {
  opened: boolean;
  customer: { id: string; name: string };
  /** What the wallet holds, positive balances only. */
  balances: readonly Balance[];
  onClose: () => void;
}) {
  const { t } = useTranslation('payments');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('convert.title', { name: customer.name })}>
      {opened && balances.length > 0 && (
        <ConvertForm customer={customer} balances={balances} onDone={onClose} />
      )}
    </AppModal>
  );
}

function ConvertForm({
  customer,
  balances,
  onDone,
}: {
  customer: { id: string; name: string };
  balances: readonly Balance[];
  onDone: () => void;
}) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const amountProblem = useAmountProblem();
  const { locations, loading: locationsLoading } = useWalletLocations();
  const fx = useFxRates();
  const [locationId, setLocationId] = useState<string | null>(null);
  const [from, setFrom] = useState(balances[0]!.currency);
  const [to, setTo] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>(
    minorToAmount(balances[0]!.amountMinor, balances[0]!.currency),
  );
  const [problems, setProblems] = useState<{
    amount?: string;
    to?: string;
    form?: string;
  }>({});
  const [convert, { loading }] = useConvertWalletCurrency();

  const location = locations.find((l) => l.id === locationId) ?? locations[0] ?? null;
  const held = balances.find((b) => b.currency === from) ?? balances[0]!;
  // By default into the location's currency, when the wallet holds another.
  const target = to ?? (location && location.currency !== from ? location.currency : null);
  const day = location ? todayIn(location.timezone) : null;
  const applicable = target && day ? applicableRate(fx.rates, from, target, day) : null;
  const amountMinor = amountToMinor(amount, from);
  const result =
    applicable && target && amountMinor && amountMinor > 0
      ? convertMinor(amountMinor, from, target, applicable.rate.rate, applicable.inverse)
      : null;
  const noRate = Boolean(target && day && !fx.loading && !fx.error && !applicable);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    const issue = amountProblem(amount, from);
    if (issue) found.amount = issue;
    else if (amountMinor! > held.amountMinor)
      found.amount = t('errors.walletHoldsOnly', { amount: held.formatted });
    if (!target) found.to = t('errors.currency');
    setProblems(found);
    if (Object.keys(found).length || !location) return;
    try {
      const answer = await convert({
        variables: {
          input: {
            customerId: customer.id,
            locationId: location.id,
            from: { amountMinor: amountMinor!, currency: from },
            toCurrency: target!,
          },
        },
      });
      const conversion = answer.data?.convertWalletCurrency;
      notifications.show({
        color: 'teal',
        title: t('convert.doneTitle'),
        message: conversion
          ? t('convert.done', {
              from: conversion.from.formatted,
              to: conversion.to.formatted,
              rate: formatRate(conversion.rate, language),
            })
          : '',
      });
      onDone();
    } catch (error) {
      const refusal = moneyRefusal(error);
      if (refusal.kind === 'noRate') setProblems({ to: t('errors.noRate', { from, to: target }) });
      else if (refusal.kind === 'insufficientFunds')
        setProblems({ amount: t('errors.insufficientFunds', { currency: from }) });
      else if (refusal.kind === 'fields' && (refusal.fields.amountMinor || refusal.fields.amount))
        setProblems({ amount: t('errors.convertsToNothing') });
      else setProblems({ form: errorText(error) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Select
          label={t('convert.location')}
          description={t('convert.locationHint')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location?.id ?? null}
          onChange={(value) => {
            setLocationId(value);
            setTo(null);
          }}
          disabled={locationsLoading}
          allowDeselect={false}
          required
          leftSection={<IconMapPin size={16} aria-hidden />}
        />
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <Select
            label={t('convert.from')}
            data={balances.map((b) => ({ value: b.currency, label: b.currency }))}
            value={from}
            onChange={(value) => {
              if (!value) return;
              const balance = balances.find((b) => b.currency === value)!;
              setFrom(value);
              setAmount(minorToAmount(balance.amountMinor, value));
              if (to === value) setTo(null);
              setProblems({});
            }}
            allowDeselect={false}
            w={130}
          />
          <MoneyInput
            label={t('convert.amount')}
            description={t('convert.held', { amount: held.formatted })}
            currency={from}
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
        </Group>
        <Select
          label={t('convert.to')}
          data={currencyChoices([...locations.map((l) => l.currency)], {
            used: t('currencies.used'),
            other: t('currencies.other'),
          }).map((group) => ({ ...group, items: group.items.filter((c) => c !== from) }))}
          value={target}
          onChange={(value) => {
            setTo(value);
            setProblems((current) => ({ ...current, to: undefined, form: undefined }));
          }}
          searchable
          allowDeselect={false}
          required
          error={problems.to}
        />
        {applicable && target && (
          <Alert color="blue" variant="light" title={t('convert.rateTitle')}>
            <Stack gap={4}>
              <Text fz="sm">
                {applicable.inverse
                  ? rateLine(target, from, applicable.rate.rate, language)
                  : rateLine(from, target, applicable.rate.rate, language)}{' '}
                <Text span c="dimmed" fz="sm">
                  {t('convert.rateOf', {
                    date: formatDate(applicable.rate.validOn, language, 'UTC'),
                  })}
                </Text>
              </Text>
              {result !== null && amountMinor !== null && (
                <Group gap={6} wrap="wrap" aria-live="polite">
                  <Text fw={600}>{formatMoney({ amountMinor, currency: from }, language)}</Text>
                  <IconArrowRight size={16} aria-label={t('convert.becomes')} />
                  <Text fw={700}>
                    {formatMoney({ amountMinor: result, currency: target }, language)}
                  </Text>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        {noRate && target && (
          <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {t('convert.noRate', { from, to: target })}{' '}
            <Anchor component={Link} to="/finance/fx-rates" fz="sm">
              {t('convert.enterRate')}
            </Anchor>
          </Alert>
        )}
        <FormFooter
          error={problems.form}
          cancelLabel={t('take.cancel')}
          submitLabel={t('convert.submit')}
          onCancel={onDone}
          loading={loading}
          submitDisabled={noRate || !target}
        />
      </Stack>
    </form>
  );
}
