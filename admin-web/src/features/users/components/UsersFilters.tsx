import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../shared/ui/Filters';
import { SearchFiltersBar } from '../../../shared/ui/SearchFiltersBar';
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

  return (
    <SearchFiltersBar
      ns="users"
      search={filters.search}
      onSearch={(search) => onChange({ search })}
      maxLength={MAX_SEARCH_LENGTH}
      searchWidth={280}
      filtered={hasFilters(filters)}
      onClear={onClear}
    >
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
    </SearchFiltersBar>
  );
}
