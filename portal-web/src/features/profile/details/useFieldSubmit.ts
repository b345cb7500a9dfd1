import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusedFields, type CustomerField } from './fieldErrors';

/**
 * One form's save: runs it and, on failure, keeps the error for the form's alert and puts a
 * translated message on each of `fields` the API refused. `submit` resolves to whether the
 * save went through.
 */
export function useFieldSubmit(fields: readonly CustomerField[]) {
  const { t } = useTranslation('profile');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [refused, setRefused] = useState<readonly CustomerField[]>([]);

  const reset = useCallback(() => {
    setFailure(undefined);
    setRefused([]);
  }, []);

  const submit = useCallback(
    async (run: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      setFailure(undefined);
      setRefused([]);
      try {
        await run();
        return true;
      } catch (caught) {
        setFailure(caught);
        setRefused(refusedFields(caught, fields));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fields],
  );

  const fieldError = (field: CustomerField) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;

  return { submit, reset, busy, failure, fieldsRefused: refused.length > 0, fieldError };
}
