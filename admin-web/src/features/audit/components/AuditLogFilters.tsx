import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Button, Group, Pill, Select, type ComboboxItem } from '@mantine/core';
import { DatePickerInput, DatesProvider, type DatesRangeValue } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCalendar, IconFilter, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryFieldsFragment } from '../../../gql/graphql';
import { ACTION_FILTERS } from '../actions';
import { shortId } from '../display';
import { datePresets, formatDay, formatDayRange, hasFilters, type AuditFilters } from '../filters';
import { useActionLabel, useEntityLabel } from '../hooks/useLabels';

/** The Select's value for "no action filter" (a Select option cannot be empty). */
const ALL = '*';

/** Activity and date range, plus the person and target filters the drawer can add. */
export function AuditLogFilters({
  filters,
  entries,
  onChange,
  onClear,
}: {
  filters: AuditFilters;
  /** The entries on screen: they name the person a person filter is about. */
  entries: readonly AuditEntryFieldsFragment[];
  onChange: (patch: Partial<AuditFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('audit');
  const language = useCurrentLanguage();
  const actionLabel = useActionLabel();
  const entityLabel = useEntityLabel();

  const actionOptions = useMemo(() => {
    const options: ComboboxItem[] = [
      { value: ALL, label: t('filters.actions.all') },
      ...ACTION_FILTERS.map(({ prefix, labelKey }) => ({ value: prefix, label: t(labelKey) })),
    ];
    // A shared link may filter on any action or prefix: name it rather than show nothing.
    const custom = filters.action;
    if (custom && !options.some((option) => option.value === custom)) {
      options.push({
        value: custom,
        label: t('filters.actions.custom', { action: actionLabel(custom) }),
      });
    }
    return options;
  }, [t, actionLabel, filters.action]);

  const actorName = filters.actor
    ? (entries.find((entry) => entry.actor?.id === filters.actor)?.actor?.name ??
      shortId(filters.actor))
    : undefined;
  const target =
    filters.entityType &&
    [entityLabel(filters.entityType), filters.entityId && shortId(filters.entityId)]
      .filter(Boolean)
      .join(' ');

  return (
    <Group
      gap="sm"
      align="flex-end"
      wrap="wrap"
      role="search"
      aria-label={t('filters.label')}
      // Takes the row, so the count beside it stays on the right while the filters wrap.
      style={{ flex: '1 1 480px', minWidth: 0 }}
    >
      <Select
        label={t('filters.activity')}
        data={actionOptions}
        value={filters.action ?? ALL}
        onChange={(value) => onChange({ action: value && value !== ALL ? value : undefined })}
        allowDeselect={false}
        leftSection={<IconFilter size={16} aria-hidden />}
        w={{ base: '100%', xs: 240 }}
      />
      <DateRangeFilter
        key={`${filters.from ?? ''}|${filters.to ?? ''}`}
        from={filters.from}
        to={filters.to}
        language={language}
        onChange={(from, to) => onChange({ from, to })}
      />
      {actorName && (
        <FilterPill
          label={t('filters.actor', { name: actorName })}
          onRemove={() => onChange({ actor: undefined })}
        />
      )}
      {target && (
        <FilterPill
          label={t('filters.entity', { target })}
          onRemove={() => onChange({ entityType: undefined, entityId: undefined })}
        />
      )}
      {hasFilters(filters) && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}

/**
 * A range picker that reports only whole ranges (or none): the first click of a range is
 * kept here until the second one, so the list does not reload half-way.
 */
function DateRangeFilter({
  from,
  to,
  language,
  onChange,
}: {
  from: string | undefined;
  to: string | undefined;
  language: string;
  onChange: (from: string | undefined, to: string | undefined) => void;
}) {
  const { t } = useTranslation('audit');
  const [value, setValue] = useState<DatesRangeValue<string>>([from ?? null, to ?? null]);
  const today = new Date();
  const presets = datePresets(today);

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <DatePickerInput
        type="range"
        label={t('filters.dates')}
        placeholder={t('filters.datesPlaceholder')}
        value={value}
        onChange={(next) => {
          setValue(next);
          const [start, end] = next;
          if (start && end) onChange(start, end);
          else if (!start && !end) onChange(undefined, undefined);
        }}
        valueFormatter={({ date }) => {
          const [start, end] = Array.isArray(date) ? date : [date, null];
          return formatDayRange(asDay(start), asDay(end), language);
        }}
        presets={[
          { value: [...presets.today], label: t('filters.presets.today') },
          { value: [...presets.last7], label: t('filters.presets.last7') },
          { value: [...presets.last30], label: t('filters.presets.last30') },
        ]}
        maxDate={formatDay(today)}
        allowSingleDateInRange
        clearable
        leftSection={<IconCalendar size={16} aria-hidden />}
        w={{ base: '100%', xs: 280 }}
      />
    </DatesProvider>
  );
}

function asDay(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value.slice(0, 10) : formatDay(value);
}

function FilterPill({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation('audit');
  return (
    <Pill
      size="lg"
      withRemoveButton
      onRemove={onRemove}
      removeButtonProps={{ 'aria-label': t('filters.remove', { name: label }) }}
      mb={4}
    >
      {label}
    </Pill>
  );
}
