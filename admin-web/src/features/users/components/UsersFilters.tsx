import { Button, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import {
  hasFilters,
  MAX_SEARCH_LENGTH,
  ROLES,
  type UserFilters,
  type UserStatusFilter,
} from '../filters';

/** The Select's value for "no filter" (a Select option cannot be empty). */
const ALL = '*';
const SEARCH_DELAY_MS = 300;

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
  // Typed here at once, sent to the URL (and the API) once typing pauses.
  const [search, setSearch] = useState(filters.search ?? '');
  const sendSearch = useDebouncedCallback(
    (value: string) => onChange({ search: value.trim() || undefined }),
    SEARCH_DELAY_MS,
  );
  const typeSearch = (value: string) => {
    setSearch(value);
    sendSearch(value);
  };
  const clear = () => {
    sendSearch.cancel();
    setSearch('');
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
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label={t('filters.role')}
        data={[
          { value: ALL, label: t('filters.allRoles') },
          ...ROLES.map((role) => ({ value: role, label: tc(`roles.${role}`) })),
        ]}
        value={filters.role ?? ALL}
        onChange={(value) =>
          onChange({ role: value && value !== ALL ? (value as Role) : undefined })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 200 }}
      />
      <Select
        label={t('filters.status')}
        data={[
          { value: ALL, label: t('filters.allStatuses') },
          { value: 'active', label: t('status.active') },
          { value: 'inactive', label: t('status.inactive') },
        ]}
        value={filters.status ?? ALL}
        onChange={(value) =>
          onChange({ status: value && value !== ALL ? (value as UserStatusFilter) : undefined })
        }
        allowDeselect={false}
        w={{ base: '100%', xs: 180 }}
      />
      {(hasFilters(filters) || search) && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={clear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
