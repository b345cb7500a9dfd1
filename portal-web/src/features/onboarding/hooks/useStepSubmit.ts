import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusedFields, type CustomerField } from '../fieldErrors';

/**
 * One step's save: runs it, and on failure keeps the error for the step's alert and puts a
 * translated message on each of `fields` the API refused.
 */
export function useStepSubmit(fields: readonly CustomerField[]) {
  const { t } = useTranslation('onboarding');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [refused, setRefused] = useState<readonly CustomerField[]>([]);

  const submit = useCallback(
    async (run: () => Promise<void>) => {
      setBusy(true);
      setFailure(undefined);
      setRefused([]);
      try {
        await run();
      } catch (caught) {
        setFailure(caught);
        setRefused(refusedFields(caught, fields));
      } finally {
        setBusy(false);
      }
    },
    [fields],
  );

  const fieldError = (field: CustomerField) =>
    refused.includes(field) ? t(`errors.${field}`) : undefined;

  return { submit, busy, failure, fieldsRefused: refused.length > 0, fieldError };
}
