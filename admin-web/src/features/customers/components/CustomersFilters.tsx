import { TextInput } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTypedFilter } from '../../../shared/hooks/useTypedFilter';
import { FilterSelect, FiltersBar, SearchInput } from '../../../shared/ui/Filters';
import { hasFilters, MAX_SEARCH_LENGTH, MAX_TAG_LENGTH, type CustomerFilters } from '../filters';
import { DISCIPLINES } from '../skills';

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
  const search = useTypedFilter(filters.search ?? '', (value) =>
    onChange({ search: value.trim() || undefined }),
  );
  const tag = useTypedFilter(filters.tag ?? '', (value) =>
    onChange({ tag: value.trim().toLowerCase() || undefined }),
  );
  const clear = () => {
    search.reset();
    tag.reset();
    onClear();
  };

  return (
    <FiltersBar
      label={t('filters.label')}
      clearLabel={t('filters.clear')}
      showClear={hasFilters(filters) || Boolean(search.value) || Boolean(tag.value)}
      onClear={clear}
    >
      <SearchInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        clearLabel={t('filters.clearSearch')}
        value={search.value}
        onChange={search.type}
        maxLength={MAX_SEARCH_LENGTH}
        w={{ base: '100%', sm: 300 }}
      />
      <TextInput
        label={t('filters.tag')}
        placeholder={t('filters.tagPlaceholder')}
        value={tag.value}
        onChange={(event) => tag.type(event.currentTarget.value)}
        maxLength={MAX_TAG_LENGTH}
        leftSection={<IconTag size={16} aria-hidden />}
        w={{ base: '100%', xs: 160 }}
      />
      <FilterSelect
        label={t('filters.discipline')}
        allLabel={t('filters.allDisciplines')}
        options={DISCIPLINES.map((discipline) => ({
          value: discipline,
          label: t(`disciplines.${discipline}`),
        }))}
        value={filters.discipline}
        onChange={(discipline) => onChange({ discipline })}
        w={{ base: '100%', xs: 170 }}
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
    </FiltersBar>
  );
}
