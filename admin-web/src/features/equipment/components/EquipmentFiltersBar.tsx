import { sizesByCategory } from '@plannivo/web-kit/booking';
import { useTranslation } from 'react-i18next';
import { useTypedFilter } from '../../../shared/hooks/useTypedFilter';
import { FilterSelect, FiltersBar, SearchInput } from '../../../shared/ui/Filters';
import {
  EQUIPMENT_STATUSES,
  hasFilters,
  MAX_SEARCH_LENGTH,
  type EquipmentFilters,
} from '../filters';
import { useCategoryLabel } from './labels';

/**
 * Search, category, size and status. The categories and sizes offered are the ones the
 * location stocks; the sizes follow the chosen category.
 */
export function EquipmentFiltersBar({
  filters,
  stock,
  onChange,
  onClear,
}: {
  filters: EquipmentFilters;
  stock: readonly { category: string; size: string | null }[];
  onChange: (patch: Partial<EquipmentFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('equipment');
  const categoryLabel = useCategoryLabel();
  const typed = useTypedFilter(filters.search ?? '', (value) =>
    onChange({ search: value.trim() || undefined }),
  );
  const categories = [...new Set(stock.map((s) => s.category))];
  if (filters.category && !categories.includes(filters.category)) categories.push(filters.category);
  const bySize = sizesByCategory(
    filters.category ? stock.filter((s) => s.category === filters.category) : stock,
  );
  const sizes = [...new Set([...bySize.values()].flat())];
  if (filters.size && !sizes.includes(filters.size)) sizes.push(filters.size);
  const clear = () => {
    typed.reset();
    onClear();
  };

  return (
    <FiltersBar
      label={t('filters.label')}
      clearLabel={t('filters.clear')}
      showClear={hasFilters(filters) || typed.value !== ''}
      onClear={clear}
    >
      <SearchInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        clearLabel={t('filters.clearSearch')}
        value={typed.value}
        onChange={typed.type}
        maxLength={MAX_SEARCH_LENGTH}
        w={{ base: '100%', sm: 240 }}
      />
      <FilterSelect
        label={t('filters.category')}
        allLabel={t('filters.allCategories')}
        options={categories.map((c) => ({ value: c, label: categoryLabel(c) }))}
        value={filters.category}
        // Another category's sizes do not apply.
        onChange={(category) => onChange({ category, size: undefined })}
        w={{ base: '100%', xs: 180 }}
      />
      <FilterSelect
        label={t('filters.size')}
        allLabel={t('filters.allSizes')}
        options={sizes.map((s) => ({ value: s, label: s }))}
        value={filters.size}
        onChange={(size) => onChange({ size })}
        w={{ base: '100%', xs: 130 }}
      />
      <FilterSelect
        label={t('filters.status')}
        allLabel={t('filters.allStatuses')}
        options={EQUIPMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        w={{ base: '100%', xs: 160 }}
      />
    </FiltersBar>
  );
}
