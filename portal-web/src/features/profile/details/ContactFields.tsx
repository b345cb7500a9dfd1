import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerField } from './fieldErrors';
import type { ContactValues } from './values';

/** Mobile phone and date of birth. */
export function ContactFields({
  values,
  onChange,
  fieldError,
}: {
  values: ContactValues;
  onChange: (values: ContactValues) => void;
  fieldError: (field: CustomerField) => string | undefined;
}) {
  const { t } = useTranslation('profile');
  // The browser's date picker offers no future day; the API has the last word anyway.
  const today = new Date().toLocaleDateString('sv-SE');
  return (
    <>
      <TextInput
        label={t('fields.phone')}
        placeholder={t('fields.phonePlaceholder')}
        type="tel"
        name="phone"
        autoComplete="tel"
        inputMode="tel"
        size="md"
        value={values.phone}
        onChange={(event) => onChange({ ...values, phone: event.currentTarget.value })}
        error={fieldError('phone')}
      />
      <TextInput
        label={t('fields.birthDate')}
        type="date"
        name="birthDate"
        autoComplete="bday"
        size="md"
        max={today}
        value={values.birthDate}
        onChange={(event) => onChange({ ...values, birthDate: event.currentTarget.value })}
        error={fieldError('birthDate')}
      />
    </>
  );
}
