import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatMoney, type MoneyValue } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinanceDashboardQuery } from '../../../gql/graphql';
import { formatPercent } from '../chartData';

type Dashboard = FinanceDashboardQuery['financeDashboard'];

/** The range's totals in one currency, and conversion, at a glance. */
export function KpiCards({
  figures,
  conversion,
}: {
  figures: Dashboard['currencies'][number];
  conversion: Dashboard['conversionTotal'];
}) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  const { totals, receivables } = figures;
  // In the language on screen (the API formats in the account's own).
  const money = (value: MoneyValue) => formatMoney(value, language);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
      <Kpi label={t('kpi.revenue')} value={money(totals.revenue)} hint={t('kpi.revenueHint')} />
      <Kpi
        label={t('kpi.bookingValue')}
        value={money(totals.bookingValue)}
        hint={
          totals.cancellationFees.amountMinor
            ? t('kpi.fees', { amount: money(totals.cancellationFees) })
            : undefined
        }
      />
      <Kpi label={t('kpi.takings')} value={money(totals.takings)} hint={t('kpi.takingsHint')} />
      <Kpi
        label={t('kpi.receivables')}
        value={money(receivables.total)}
        hint={t('kpi.debtors', { count: receivables.debtors })}
      />
      <Kpi
        label={t('kpi.conversion')}
        value={formatPercent(conversion.ratio, language)}
        hint={t('kpi.conversionDetail', {
          started: conversion.started,
          confirmed: conversion.confirmed,
        })}
      />
    </SimpleGrid>
  );
}

function Kpi({ label, value, hint }: { label: string; value: string; hint?: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts="0.04em">
        {label}
      </Text>
      <Text fz={24} fw={700} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}
