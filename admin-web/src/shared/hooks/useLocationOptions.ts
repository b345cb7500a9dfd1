import { useQuery } from '@apollo/client/react';
import type { ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { LocationsDocument } from '../../gql/graphql';

/** The school's locations as choices for a MultiSelect, by name. */
export function useLocationOptions() {
  const { data, loading, error, refetch } = useQuery(LocationsDocument);
  const options: ComboboxItem[] = useMemo(
    () =>
      [...(data?.locations ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((location) => ({ value: location.id, label: location.name })),
    [data],
  );
  return { options, loading: loading && !data, error: data ? undefined : error, refetch };
}
