import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypedFilter } from '../hooks/useTypedFilter';
import { DISCIPLINES } from '../lib/disciplines';
import type { Discipline } from '../../gql/graphql';
import { FilterSelect, FiltersBar, SearchInput } from './Filters';

/**
 * The namespaces of list pages with a search box. Each has the keys `filters.label`,
 * `filters.clear`, `filters.search`, `filters.searchPlaceholder` and `filters.clearSearch`.
 */
export type SearchFiltersNamespace = 'customers' | 'instructors' | 'users';

/**
 * A list's filters led by a search box: the text is sent (trimmed, `undefined` when empty)
 * once typing pauses, and "Clear filters" empties the box too. `children` are the other
 * filters; `filtered` tells whether any of them (or the sent search) is set.
 */
export function SearchFiltersBar({
  ns,
  search,
  onSearch,
  maxLength,
  searchWidth,
  filtered,
  onClear,
  children,
}: {
  ns: SearchFiltersNamespace;
  /** The search as sent (from the URL). */
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
  maxLength: number;
  /** The box's width from the `sm` breakpoint up; full width below. */
  searchWidth: number;
  filtered: boolean;
  onClear: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation(ns);
  const typed = useTypedFilter(search ?? '', (value) => onSearch(value.trim() || undefined));
  const clear = () => {
    typed.reset();
    onClear();
  };

  return (
    <FiltersBar
      label={t('filters.label')}
      clearLabel={t('filters.clear')}
      showClear={filtered || Boolean(typed.value)}
      onClear={clear}
    >
      <SearchInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        clearLabel={t('filters.clearSearch')}
        value={typed.value}
        onChange={typed.type}
        maxLength={maxLength}
        w={{ base: '100%', sm: searchWidth }}
      />
      {children}
    </FiltersBar>
  );
}

/**
 * A discipline filter, or all, named by the keys `filters.discipline`,
 * `filters.allDisciplines` and `disciplines.*` of `ns`.
 */
export function DisciplineFilter({
  ns,
  value,
  onChange,
}: {
  ns: 'customers' | 'instructors';
  value: Discipline | undefined;
  onChange: (discipline: Discipline | undefined) => void;
}) {
  const { t } = useTranslation(ns);
  return (
    <FilterSelect
      label={t('filters.discipline')}
      allLabel={t('filters.allDisciplines')}
      options={DISCIPLINES.map((discipline) => ({
        value: discipline,
        label: t(`disciplines.${discipline}`),
      }))}
      value={value}
      onChange={onChange}
      w={{ base: '100%', xs: 170 }}
    />
  );
}
