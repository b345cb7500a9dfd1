import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { UpdateCustomerInput } from '../../../gql/graphql';
import type { CustomerField } from '../details/fieldErrors';
import { useFieldSubmit } from '../details/useFieldSubmit';
import { useSaveMyDetails } from './useMyProfile';

/**
 * A profile section's save: sends the section's fields of the caller's record, confirms with
 * `savedText`, and keeps what the API refused on `fields` for the form.
 */
export function useSaveSection(
  customerId: string | undefined,
  fields: readonly CustomerField[],
  savedText: string,
) {
  const saveMyDetails = useSaveMyDetails();
  const { submit, ...state } = useFieldSubmit(fields);

  const save = useCallback(
    async (input: UpdateCustomerInput) => {
      if (!customerId) return false;
      const saved = await submit(() => saveMyDetails(customerId, input));
      if (saved) notifications.show({ color: 'teal', message: savedText });
      return saved;
    },
    [customerId, saveMyDetails, savedText, submit],
  );

  return { save, ...state };
}
