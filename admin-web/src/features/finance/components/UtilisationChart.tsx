import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinanceDashboardQuery } from '../../../gql/graphql';
import { formatPercent, utilisationRows } from '../chartData';
import { Section } from './Section';

type Utilisation = FinanceDashboardQuery['financeDashboard']['utilisation'];

/** A horizontal bar per instructor: the share of working hours booked, hours in the tooltip. */
export function UtilisationChart({ utilisation }: { utilisation: Utilisation }) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  const rows = useMemo(() => utilisationRows(utilisation), [utilisation]);
  const hours = (value: number) =>
    t('utilisation.hours', {
      value: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value),
    });
  return (
    <Section title={t('utilisation.title')} description={t('utilisation.description')}>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('utilisation.none')}
        </Text>
      ) : (
        <BarChart
          h={Math.max(160, rows.length * 36 + 40)}
          data={rows}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 140 }}
          valueFormatter={(value) => formatPercent(value / 100, language)}
          maxBarWidth={22}
          tooltipProps={{
            content: ({ payload }) => {
              const row = payload?.[0]?.payload as (typeof rows)[number] | undefined;
              if (!row) return null;
              return (
                <div
                  style={{
                    background: 'var(--mantine-color-body)',
                    border: '1px solid var(--mantine-color-default-border)',
                    borderRadius: 8,
                    padding: '6px 10px',
                    boxShadow: 'var(--mantine-shadow-md)',
                  }}
                >
                  <Text size="sm" fw={600}>
                    {row.name}
                  </Text>
                  <Text size="sm">
                    {t('utilisation.utilisation')}:{' '}
                    {row.workingHours ? formatPercent(row.utilisation / 100, language) : '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('utilisation.booked')}: {hours(row.bookedHours)} ·{' '}
                    {row.workingHours
                      ? `${t('utilisation.working')}: ${hours(row.workingHours)}`
                      : t('utilisation.noHours')}
                  </Text>
                </div>
              );
            },
          }}
          series={[{ name: 'utilisation', label: t('utilisation.utilisation'), color: 'indigo.6' }]}
        />
      )}
    </Section>
  );
}
