import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { useTypedFilter } from '../../../shared/hooks/useTypedFilter';
import { FilterSelect, FiltersBar, SearchInput } from '../../../shared/ui/Filters';
import { hasFilters, MAX_SEARCH_LENGTH, type InstructorFilters } from '../filters';
import { COMMON_LANGUAGES, DISCIPLINES, languageName } from '../labels';

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
  const search = useTypedFilter(filters.search ?? '', (value) =>
    onChange({ search: value.trim() || undefined }),
  );
  const clear = () => {
    search.reset();
    onClear();
  };
  const languages = [
    ...new Set([...COMMON_LANGUAGES, ...(filters.language ? [filters.language] : [])]),
  ];

  return (
    <FiltersBar
      label={t('filters.label')}
      clearLabel={t('filters.clear')}
      showClear={hasFilters(filters) || Boolean(search.value)}
      onClear={clear}
    >
      <SearchInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        clearLabel={t('filters.clearSearch')}
        value={search.value}
        onChange={search.type}
        maxLength={MAX_SEARCH_LENGTH}
        w={{ base: '100%', sm: 220 }}
      />
      <FilterSelect
        label={t('filters.discipline')}
        allLabel={t('filters.allDisciplines')}
        options={DISCIPLINES.map((d) => ({ value: d, label: t(`disciplines.${d}`) }))}
        value={filters.discipline}
        onChange={(discipline) => onChange({ discipline })}
        w={{ base: '100%', xs: 170 }}
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
    </FiltersBar>
  );
}
