import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider, type DatesRangeValue } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCalendar, IconCoins, IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GRANULARITIES,
  PRESETS,
  presetRange,
  suggestedGranularity,
  type FinanceFilters as Filters,
  type Granularity,
} from '../filters';

/** The Select's value for "all" (a Select option cannot be empty). */
const ALL = '*';

/** Location, currency, date range (with presets) and the length of the periods. */
export function FinanceFilters({
  filters,
  locations,
  currencies,
  problem,
  onChange,
}: {
  filters: Filters;
  locations: ReadonlyArray<{ id: string; name: string }>;
  currencies: readonly string[];
  problem: 'reversed' | 'tooLong' | null;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useTranslation('finance');
  const language = useCurrentLanguage();
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('filters.label')}>
        <Select
          label={t('filters.location')}
          data={[
            { value: ALL, label: t('filters.allLocations') },
            ...locations.map((l) => ({ value: l.id, label: l.name })),
          ]}
          value={filters.locationId ?? ALL}
          onChange={(value) => onChange({ locationId: value && value !== ALL ? value : null })}
          allowDeselect={false}
          leftSection={<IconMapPin size={16} aria-hidden />}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('filters.currency')}
          data={[
            { value: ALL, label: t('filters.allCurrencies') },
            ...currencies.map((c) => ({ value: c, label: c })),
          ]}
          value={filters.currency ?? ALL}
          onChange={(value) => onChange({ currency: value && value !== ALL ? value : null })}
          allowDeselect={false}
          leftSection={<IconCoins size={16} aria-hidden />}
          w={{ base: '100%', xs: 180 }}
        />
        <RangePicker
          key={`${filters.from}|${filters.to}`}
          from={filters.from}
          to={filters.to}
          language={language}
          error={problem ? t(`filters.${problem}`) : undefined}
          onChange={(range) => onChange(range)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="finance-granularity">
            {t('filters.granularity')}
          </Text>
          <SegmentedControl
            aria-labelledby="finance-granularity"
            data={GRANULARITIES.map((g) => ({ value: g, label: t(`filters.granularities.${g}`) }))}
            value={filters.granularity}
            onChange={(value) => onChange({ granularity: value as Granularity })}
          />
        </Stack>
      </Group>
      <Text size="xs" c="dimmed">
        {t('zoneNote')}
      </Text>
    </Stack>
  );
}

/**
 * A range picker that reports whole ranges only: the first click is kept here until the
 * second one, so the dashboard does not reload half-way. A preset also picks its periods;
 * a range picked by hand gets the periods that suit its length.
 */
function RangePicker({
  from,
  to,
  language,
  error,
  onChange,
}: {
  from: string;
  to: string;
  language: string;
  error: string | undefined;
  onChange: (range: Pick<Filters, 'from' | 'to' | 'granularity'>) => void;
}) {
  const { t } = useTranslation('finance');
  const [value, setValue] = useState<DatesRangeValue<string>>([from, to]);
  const today = new Date();
  const presets = PRESETS.map((preset) => ({ preset, ...presetRange(preset, today) }));

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <DatePickerInput
        type="range"
        label={t('filters.dates')}
        value={value}
        onChange={(next) => {
          setValue(next);
          const [start, end] = next;
          if (!start || !end) return;
          const a = start.slice(0, 10);
          const b = end.slice(0, 10);
          const preset = presets.find((p) => p.from === a && p.to === b);
          onChange({
            from: a,
            to: b,
            granularity: preset?.granularity ?? suggestedGranularity(a, b),
          });
        }}
        presets={presets.map((p) => ({
          value: [p.from, p.to] as [string, string],
          label: t(`filters.presets.${p.preset}`),
        }))}
        valueFormat="D MMM YYYY"
        allowSingleDateInRange
        error={error}
        leftSection={<IconCalendar size={16} aria-hidden />}
        w={{ base: '100%', xs: 280 }}
      />
    </DatesProvider>
  );
}
