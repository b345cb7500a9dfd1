import { BarChart } from '@mantine/charts';
import { Anchor, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FinanceDashboardQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/lib/dates';
import { dataTableStyles } from '../../../shared/ui/tableStyles';
import { formatMajor, toMajor } from '../chartData';
import { Section } from './Section';

type Figures = FinanceDashboardQuery['financeDashboard']['currencies'][number];

/** What customers owe in one currency: a bar per age bucket and the largest debtors. */
export function ReceivablesPanel({ figures, asOf }: { figures: Figures; asOf: string }) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  const { receivables, currency } = figures;
  const rows = receivables.aging.map((a) => ({
    age: t(`receivables.ages.${a.age}`),
    amount: toMajor(a.amount),
  }));
  return (
    <Section
      title={`${t('receivables.title')} · ${currency}`}
      description={t('receivables.asOf', { date: formatDateTime(asOf, language) })}
    >
      {receivables.debtors === 0 ? (
        <Text c="dimmed" size="sm">
          {t('receivables.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('receivables.aging')}
            </Text>
            <BarChart
              h={240}
              data={rows}
              dataKey="age"
              valueFormatter={(value) => formatMajor(value, currency, language)}
              yAxisProps={{ width: 90 }}
              maxBarWidth={48}
              series={[{ name: 'amount', label: t('receivables.amount'), color: 'orange.6' }]}
            />
          </Stack>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('receivables.topDebtors')}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table verticalSpacing={8} styles={dataTableStyles}>
                <Table.Thead bg="gray.0">
                  <Table.Tr>
                    <Table.Th>{t('receivables.customer')}</Table.Th>
                    <Table.Th ta="right">{t('receivables.balance')}</Table.Th>
                    <Table.Th>{t('receivables.since')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {receivables.topDebtors.map((d) => (
                    <Table.Tr key={d.customerId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/customers/${d.customerId}`} size="sm">
                          {d.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatMoney(d.balance, language)}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(d.oldestUnpaidAt, language)}</Text>
                        <Text size="xs" c="dimmed">
                          {t('receivables.days', { count: d.ageDays })}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </SimpleGrid>
      )}
    </Section>
  );
}
