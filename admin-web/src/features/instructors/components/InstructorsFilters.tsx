import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { FilterSelect } from '../../../shared/ui/Filters';
import { DisciplineFilter, SearchFiltersBar } from '../../../shared/ui/SearchFiltersBar';
import { hasFilters, MAX_SEARCH_LENGTH, type InstructorFilters } from '../filters';
import { COMMON_LANGUAGES, languageName } from '../labels';

/** Name, discipline, location, language, and whether inactive profiles are listed. */
export function InstructorsFiltersBar({
  filters,
  onChange,
  onClear,
  canSeeInactive,
}: {
  filters: InstructorFilters;
  onChange: (patch: Partial<InstructorFilters>) => void;
  onClear: () => void;
  canSeeInactive: boolean;
}) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const locations = useLocationOptions();
  const languages = [
    ...new Set([...COMMON_LANGUAGES, ...(filters.language ? [filters.language] : [])]),
  ];

  return (
    <SearchFiltersBar
      ns="instructors"
      search={filters.search}
      onSearch={(search) => onChange({ search })}
      maxLength={MAX_SEARCH_LENGTH}
      searchWidth={220}
      filtered={hasFilters(filters)}
      onClear={onClear}
    >
      <DisciplineFilter
        ns="instructors"
        value={filters.discipline}
        onChange={(discipline) => onChange({ discipline })}
      />
      <FilterSelect
        label={t('filters.location')}
        allLabel={t('filters.allLocations')}
        options={locations.options}
        value={filters.location}
        onChange={(location) => onChange({ location })}
        w={{ base: '100%', xs: 170 }}
      />
      <FilterSelect
        label={t('filters.language')}
        allLabel={t('filters.allLanguages')}
        options={languages.map((code) => ({ value: code, label: languageName(code, language) }))}
        value={filters.language}
        onChange={(code) => onChange({ language: code })}
        w={{ base: '100%', xs: 150 }}
      />
      {canSeeInactive && (
        <FilterSelect
          label={t('filters.status')}
          allLabel={t('filters.activeOnly')}
          options={[{ value: 'all' as const, label: t('filters.includeInactive') }]}
          value={filters.status}
          onChange={(status) => onChange({ status })}
          w={{ base: '100%', xs: 190 }}
        />
      )}
    </SearchFiltersBar>
  );
}
