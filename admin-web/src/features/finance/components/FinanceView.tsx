import '@mantine/charts/styles.css';
import {
  Box,
  Button,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconFileSpreadsheet, IconFileTypePdf, IconMapPinOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { exportHref, type FinanceFilters as Filters } from '../filters';
import { useFinanceDashboard, useFinanceFilters, useFinanceLocations } from '../hooks/useFinance';
import { ConversionChart } from './ConversionChart';
import { FinanceFilters } from './FinanceFilters';
import { KpiCards } from './KpiCards';
import { ReceivablesPanel } from './ReceivablesPanel';
import { RevenueChart } from './RevenueChart';
import { UtilisationChart } from './UtilisationChart';

/**
 * The finance dashboard: filters (in the URL), the exports of the same filters, totals, and
 * the charts — revenue against booking value and receivables per currency (one currency at a
 * time when there are several), instructor utilisation and conversion.
 */
export function FinanceView() {
  const { t } = useTranslation('finance');
  const locations = useFinanceLocations();
  const [filters, setFilters] = useFinanceFilters();
  const result = useFinanceDashboard(filters);

  if (locations.loading) {
    return (
      <Stack gap="lg" aria-busy>
        <Skeleton height={60} radius="sm" />
        <Skeleton height={360} radius="lg" />
      </Stack>
    );
  }
  if (locations.error !== undefined) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState
          title={t('locationsFailed')}
          error={locations.error}
          onRetry={locations.retry}
        />
      </Paper>
    );
  }
  if (!locations.locations.length) {
    return (
      <EmptyState
        py={56}
        withIndicatorBackground
        icon={<IconMapPinOff size={26} />}
        title={t('noLocations')}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Box style={{ flex: '1 1 640px', minWidth: 0 }}>
          <FinanceFilters
            filters={filters}
            locations={locations.locations}
            currencies={locations.currencies}
            problem={result.problem}
            onChange={setFilters}
          />
        </Box>
        <ExportButtons filters={filters} disabled={result.problem !== null} />
      </Group>
      {result.loading ? (
        <Stack gap="lg" aria-busy>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
            {[0, 1, 2, 3, 4].map((i) => (
              <Skeleton key={i} height={96} radius="lg" />
            ))}
          </SimpleGrid>
          <Skeleton height={360} radius="lg" />
        </Stack>
      ) : result.error !== undefined ? (
        <Paper withBorder radius="lg">
          <ErrorState title={t('loadFailed')} error={result.error} onRetry={result.retry} />
        </Paper>
      ) : result.dashboard ? (
        <Dashboard dashboard={result.dashboard} refreshing={result.refreshing} />
      ) : null}
    </Stack>
  );
}

function Dashboard({
  dashboard,
  refreshing,
}: {
  dashboard: NonNullable<ReturnType<typeof useFinanceDashboard>['dashboard']>;
  refreshing: boolean;
}) {
  const { t } = useTranslation('finance');
  const codes = dashboard.currencies.map((c) => c.currency);
  const [chosen, setChosen] = useState<string | null>(null);
  const currency = chosen && codes.includes(chosen) ? chosen : (codes[0] ?? null);
  const figures = dashboard.currencies.find((c) => c.currency === currency) ?? null;

  return (
    <Stack
      gap="lg"
      aria-busy={refreshing}
      style={{ opacity: refreshing ? 0.6 : 1, transition: 'opacity 150ms' }}
    >
      {codes.length > 1 && (
        <Group gap="sm">
          <Text size="sm" fw={500} id="finance-currency">
            {t('currencyPicker')}
          </Text>
          <SegmentedControl
            aria-labelledby="finance-currency"
            data={codes}
            value={currency ?? undefined}
            onChange={setChosen}
          />
        </Group>
      )}
      {figures && <KpiCards figures={figures} conversion={dashboard.conversionTotal} />}
      {figures && (
        <RevenueChart
          figures={figures}
          periods={dashboard.periods}
          granularity={dashboard.granularity}
        />
      )}
      {figures && <ReceivablesPanel figures={figures} asOf={dashboard.asOf} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <UtilisationChart utilisation={dashboard.utilisation} />
        <ConversionChart
          conversion={dashboard.conversion}
          periods={dashboard.periods}
          total={dashboard.conversionTotal}
          granularity={dashboard.granularity}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Downloads of the filters on screen, as CSV and as a PDF report, in the UI language. */
function ExportButtons({ filters, disabled }: { filters: Filters; disabled: boolean }) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  return (
    <Group gap="sm">
      <Button
        component="a"
        href={exportHref('csv', filters, language)}
        download
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        disabled={disabled}
      >
        {t('export.csv')}
      </Button>
      <Button
        component="a"
        href={exportHref('pdf', filters, language)}
        download
        variant="default"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        disabled={disabled}
      >
        {t('export.pdf')}
      </Button>
    </Group>
  );
}
