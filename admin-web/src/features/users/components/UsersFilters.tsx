import { useTranslation } from 'react-i18next';
import { useTypedFilter } from '../../../shared/hooks/useTypedFilter';
import { FilterSelect, FiltersBar, SearchInput } from '../../../shared/ui/Filters';
import { hasFilters, MAX_SEARCH_LENGTH, ROLES, type UserFilters } from '../filters';

/** Search by name or email, role and status. */
export function UsersFilters({
  filters,
  onChange,
  onClear,
}: {
  filters: UserFilters;
  onChange: (patch: Partial<UserFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const search = useTypedFilter(filters.search ?? '', (value) =>
    onChange({ search: value.trim() || undefined }),
  );
  const clear = () => {
    search.reset();
    onClear();
  };

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
        w={{ base: '100%', sm: 280 }}
      />
      <FilterSelect
        label={t('filters.role')}
        allLabel={t('filters.allRoles')}
        options={ROLES.map((role) => ({ value: role, label: tc(`roles.${role}`) }))}
        value={filters.role}
        onChange={(role) => onChange({ role })}
        w={{ base: '100%', xs: 200 }}
      />
      <FilterSelect
        label={t('filters.status')}
        allLabel={t('filters.allStatuses')}
        options={[
          { value: 'active' as const, label: t('status.active') },
          { value: 'inactive' as const, label: t('status.inactive') },
        ]}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        w={{ base: '100%', xs: 180 }}
      />
    </FiltersBar>
  );
}
