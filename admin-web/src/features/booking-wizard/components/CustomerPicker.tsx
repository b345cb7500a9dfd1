import { useQuery } from '@apollo/client/react';
import { Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardCustomerSearchDocument } from '../../../gql/graphql';
import type { PickedCustomer } from '../lib/draft';

const PAGE = 15;

/**
 * Customer records chosen by name, email or phone: the API's typo-tolerant search ("Ayse
 * Demr" finds "Ayşe Demir"), asked as staff type. At most `limit` people.
 */
export function CustomerPicker({
  value,
  limit,
  error,
  onChange,
}: {
  value: PickedCustomer[];
  limit: number;
  error?: string;
  onChange: (customers: PickedCustomer[]) => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const result = useQuery(WizardCustomerSearchDocument, {
    variables: { search: debounced || null, first: PAGE },
  });
  const found = useMemo(() => result.data?.customers.edges.map((e) => e.node) ?? [], [result.data]);
  // Chosen people stay in the list whatever the search, so their pills keep their names.
  const known = useMemo(() => {
    const byId = new Map<
      string,
      PickedCustomer & { email?: string | null; phone?: string | null }
    >();
    for (const c of value) byId.set(c.id, c);
    for (const c of found) {
      if (!byId.has(c.id))
        byId.set(c.id, {
          id: c.id,
          name: c.name,
          email: c.email,
          phone: c.phone,
          weightKg: c.weightKg ?? null,
          heightCm: c.heightCm ?? null,
          skills: c.skills,
        });
    }
    return byId;
  }, [value, found]);
  const contact = new Map(found.map((c) => [c.id, c.email ?? c.phone ?? '']));

  return (
    <MultiSelect
      label={t('participants.label')}
      description={t('participants.help', { count: limit })}
      placeholder={value.length < limit ? t('participants.placeholder') : undefined}
      leftSection={<IconSearch size={16} aria-hidden />}
      data={[...known.values()].map((c) => ({ value: c.id, label: c.name }))}
      value={value.map((c) => c.id)}
      onChange={(ids) => {
        onChange(ids.map((id) => known.get(id)).filter((c): c is PickedCustomer => !!c));
        setSearch('');
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API ranks and filters; the list shows its answer as it is.
      filter={({ options }) => options}
      maxValues={limit}
      hidePickedOptions
      nothingFoundMessage={
        result.loading ? t('participants.searching') : t('participants.nothingFound')
      }
      error={error}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text fz="sm">{option.label}</Text>
          {contact.get(option.value) && (
            <Group gap={4}>
              <Text fz="xs" c="dimmed">
                {contact.get(option.value)}
              </Text>
            </Group>
          )}
        </Stack>
      )}
      maw={560}
    />
  );
}
