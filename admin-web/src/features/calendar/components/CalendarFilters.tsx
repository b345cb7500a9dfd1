import { Group, MultiSelect, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Discipline } from '../../../gql/graphql';
import { DISCIPLINES } from '../../../shared/lib/disciplines';
import type { CalendarParams } from '../params';

/** Which location, whose bookings, which discipline, and what else the grid shows. */
export function CalendarFilters({
  params,
  locations,
  instructors,
  onChange,
}: {
  params: CalendarParams & { location: string };
  locations: readonly { id: string; name: string }[];
  instructors: readonly { id: string; name: string }[];
  onChange: (patch: Partial<CalendarParams>) => void;
}) {
  const { t } = useTranslation('calendar');
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label={t('filters.location')}
        data={locations.map((l) => ({ value: l.id, label: l.name }))}
        value={params.location}
        onChange={(value) => value && onChange({ location: value, instructors: [] })}
        allowDeselect={false}
        w={{ base: '100%', xs: 240 }}
      />
      <MultiSelect
        label={t('filters.instructors')}
        placeholder={params.instructors.length ? undefined : t('filters.instructorsPlaceholder')}
        data={instructors.map((i) => ({ value: i.id, label: i.name }))}
        value={params.instructors}
        onChange={(value) => onChange({ instructors: value })}
        searchable
        clearable
        w={{ base: '100%', xs: 300 }}
      />
      <Select
        label={t('filters.discipline')}
        placeholder={t('filters.disciplinePlaceholder')}
        data={DISCIPLINES.map((d) => ({ value: d, label: t(`disciplines.${d}`) }))}
        value={params.discipline}
        onChange={(value) => onChange({ discipline: (value as Discipline | null) ?? null })}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <Group gap="lg" pb={4} align="flex-start" wrap="wrap">
        <Switch
          label={t('filters.showCancelled')}
          checked={params.cancelled}
          onChange={(e) => onChange({ cancelled: e.currentTarget.checked })}
        />
        <Switch
          label={t('filters.wholeDay')}
          description={t('filters.wholeDayHelp')}
          checked={params.wholeDay}
          onChange={(e) => onChange({ wholeDay: e.currentTarget.checked })}
        />
      </Group>
    </Group>
  );
}
