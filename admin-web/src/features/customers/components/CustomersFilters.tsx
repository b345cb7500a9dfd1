import { Button, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconTag, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discipline } from '../../../gql/graphql';
import {
  hasFilters,
  MAX_SEARCH_LENGTH,
  MAX_TAG_LENGTH,
  type AccountFilter,
  type CustomerFilters,
} from '../filters';
import { DISCIPLINES } from '../skills';

/** The Select's value for "no filter" (a Select option cannot be empty). */
const ALL = '*';
const TYPING_DELAY_MS = 300;

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
  // Typed here at once, sent to the URL (and the API) once typing pauses.
  const [search, setSearch] = useState(filters.search ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const sendSearch = useDebouncedCallback(
    (value: string) => onChange({ search: value.trim() || undefined }),
    TYPING_DELAY_MS,
  );
  const sendTag = useDebouncedCallback(
    (value: string) => onChange({ tag: value.trim().toLowerCase() || undefined }),
    TYPING_DELAY_MS,
  );
  const typeSearch = (value: string) => {
    setSearch(value);
    sendSearch(value);
  };
  const typeTag = (value: string) => {
    setTag(value);
    sendTag(value);
  };
  const clear = () => {
    sendSearch.cancel();
    sendTag.cancel();
    setSearch('');
    setTag('');
    onClear();
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('filters.label')}>
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={search}
        onChange={(event) => typeSearch(event.currentTarget.value)}
        maxLength={MAX_SEARCH_LENGTH}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          search ? (
            <CloseButton
              size="sm"
              aria-label={t('filters.clearSearch')}
              onClick={() => typeSearch('')}
            />
          ) : null
        }
        type="search"
        w={{ base: '100%', sm: 300 }}
      />
      <TextInput
        label={t('filters.tag')}
        placeholder={t('filters.tagPlaceholder')}
        value={tag}
        onChange={(event) => typeTag(event.currentTarget.value)}
        maxLength={MAX_TAG_LENGTH}
        leftSection={<IconTag size={16} aria-hidden />}
        w={{ base: '100%', xs: 160 }}
      />
      <Select
        label={t('filters.discipline')}
        data={[
          { value: ALL, label: t('filters.allDisciplines') },
          ...DISCIPLINES.map((discipline) => ({
            value: discipline,
            label: t(`disciplines.${discipline}`),
          })),
        ]}
        value={filters.discipline ?? ALL}
        onChange={(value) =>
          onChange({ discipline: value && value !== ALL ? (value as Discipline) : undefined })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('filters.account')}
        data={[
          { value: ALL, label: t('filters.anyAccount') },
          { value: 'yes', label: t('filters.withAccount') },
          { value: 'no', label: t('filters.withoutAccount') },
        ]}
        value={filters.account ?? ALL}
        onChange={(value) =>
          onChange({ account: value && value !== ALL ? (value as AccountFilter) : undefined })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 170 }}
      />
      {(hasFilters(filters) || search || tag) && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={clear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
