import { CompositeChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinanceDashboardQuery } from '../../../gql/graphql';
import { formatMajor, moneyRows, type Period } from '../chartData';
import type { Granularity } from '../filters';
import { Section } from './Section';

type Figures = FinanceDashboardQuery['financeDashboard']['currencies'][number];

/** Booking value as bars, revenue and takings as lines, per period, in one currency. */
export function RevenueChart({
  figures,
  periods,
  granularity,
}: {
  figures: Figures;
  periods: readonly Period[];
  granularity: Granularity;
}) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  const rows = useMemo(
    () => moneyRows(figures.points, periods, granularity, language),
    [figures.points, periods, granularity, language],
  );
  const empty = figures.points.every(
    (p) => !p.revenue.amountMinor && !p.bookingValue.amountMinor && !p.takings.amountMinor,
  );
  const format = (value: number) => formatMajor(value, figures.currency, language);
  return (
    <Section
      title={`${t('revenue.title')} · ${figures.currency}`}
      description={t('revenue.description')}
    >
      {empty ? (
        <Text c="dimmed" size="sm">
          {t('revenue.empty')}
        </Text>
      ) : (
        <CompositeChart
          h={300}
          data={rows}
          dataKey="period"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          valueFormatter={format}
          yAxisProps={{ width: 90 }}
          withDots={rows.length <= 40}
          maxBarWidth={36}
          tooltipProps={{
            labelFormatter: (_label, payload) =>
              (payload?.[0]?.payload as { title?: string } | undefined)?.title ?? _label,
          }}
          series={[
            {
              name: 'bookingValue',
              label: t('revenue.bookingValue'),
              color: 'blue.2',
              type: 'bar',
            },
            { name: 'revenue', label: t('revenue.revenue'), color: 'teal.7', type: 'line' },
            {
              name: 'takings',
              label: t('revenue.takings'),
              color: 'grape.6',
              type: 'line',
              strokeDasharray: '5 5',
            },
          ]}
        />
      )}
    </Section>
  );
}
