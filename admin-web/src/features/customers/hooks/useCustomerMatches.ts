import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { CustomerMatchesDocument } from '../../../gql/graphql';
import { matchQuery } from '../matches';

const TYPING_DELAY_MS = 400;

/**
 * Existing records with the email or phone being typed, once typing pauses: staff open the
 * existing record instead of making a second one. Nothing is asked until the value looks
 * complete enough to match (see `matchQuery`); a failed look-up just shows no hint.
 */
export function useCustomerMatches(email: string, phone: string) {
  const [query] = useDebouncedValue(matchQuery(email, phone), TYPING_DELAY_MS);
  const { data, previousData } = useQuery(CustomerMatchesDocument, {
    variables: query ?? {},
    skip: query === null,
  });
  if (query === null) return [];
  return (data ?? previousData)?.customerMatches ?? [];
}
