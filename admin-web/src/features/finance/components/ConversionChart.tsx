import { CompositeChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinanceDashboardQuery } from '../../../gql/graphql';
import { conversionRows, formatPercent, type Period } from '../chartData';
import type { Granularity } from '../filters';
import { Section } from './Section';

type Dashboard = FinanceDashboardQuery['financeDashboard'];

/** Bookings started and confirmed per period as bars, the conversion rate as a line. */
export function ConversionChart({
  conversion,
  periods,
  total,
  granularity,
}: {
  conversion: Dashboard['conversion'];
  periods: readonly Period[];
  total: Dashboard['conversionTotal'];
  granularity: Granularity;
}) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  const rows = useMemo(
    () => conversionRows(conversion, periods, granularity, language),
    [conversion, periods, granularity, language],
  );
  return (
    <Section
      title={t('conversion.title')}
      description={t('conversion.description')}
      aside={
        total.started > 0 && (
          <Text size="sm" mt={4}>
            {t('kpi.conversionDetail', { started: total.started, confirmed: total.confirmed })} ·{' '}
            <b>{formatPercent(total.ratio, language)}</b>
          </Text>
        )
      }
    >
      {total.started === 0 ? (
        <Text c="dimmed" size="sm">
          {t('conversion.none')}
        </Text>
      ) : (
        <CompositeChart
          h={260}
          data={rows}
          dataKey="period"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          withRightYAxis
          rightYAxisProps={{ domain: [0, 100], unit: '%' }}
          withDots={rows.length <= 40}
          maxBarWidth={28}
          connectNulls={false}
          tooltipProps={{
            labelFormatter: (_label, payload) =>
              (payload?.[0]?.payload as { title?: string } | undefined)?.title ?? _label,
          }}
          series={[
            { name: 'started', label: t('conversion.started'), color: 'gray.4', type: 'bar' },
            { name: 'confirmed', label: t('conversion.confirmed'), color: 'green.6', type: 'bar' },
            {
              name: 'rate',
              label: t('conversion.rate'),
              color: 'dark.4',
              type: 'line',
              yAxisId: 'right',
            },
          ]}
        />
      )}
    </Section>
  );
}
