import { TextInput } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTypedFilter } from '../../../shared/hooks/useTypedFilter';
import { FilterSelect } from '../../../shared/ui/Filters';
import { DisciplineFilter, SearchFiltersBar } from '../../../shared/ui/SearchFiltersBar';
import { hasFilters, MAX_SEARCH_LENGTH, MAX_TAG_LENGTH, type CustomerFilters } from '../filters';

/** Search (typo-tolerant) by name, email or phone; a tag, a discipline, with an account. */
export function CustomersFilters({
  filters,
  onChange,
  onClear,
}: {
  filters: CustomerFilters;
  onChange: (patch: Partial<CustomerFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('customers');
  const tag = useTypedFilter(filters.tag ?? '', (value) =>
    onChange({ tag: value.trim().toLowerCase() || undefined }),
  );
  const clear = () => {
    tag.reset();
    onClear();
  };

  return (
    <SearchFiltersBar
      ns="customers"
      search={filters.search}
      onSearch={(search) => onChange({ search })}
      maxLength={MAX_SEARCH_LENGTH}
      searchWidth={300}
      filtered={hasFilters(filters) || Boolean(tag.value)}
      onClear={clear}
    >
      <TextInput
        label={t('filters.tag')}
        placeholder={t('filters.tagPlaceholder')}
        value={tag.value}
        onChange={(event) => tag.type(event.currentTarget.value)}
        maxLength={MAX_TAG_LENGTH}
        leftSection={<IconTag size={16} aria-hidden />}
        w={{ base: '100%', xs: 160 }}
      />
      <DisciplineFilter
        ns="customers"
        value={filters.discipline}
        onChange={(discipline) => onChange({ discipline })}
      />
      <FilterSelect
        label={t('filters.account')}
        allLabel={t('filters.anyAccount')}
        options={[
          { value: 'yes' as const, label: t('filters.withAccount') },
          { value: 'no' as const, label: t('filters.withoutAccount') },
        ]}
        value={filters.account}
        onChange={(account) => onChange({ account })}
        w={{ base: '100%', xs: 170 }}
      />
    </SearchFiltersBar>
  );
}
