import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerField } from './fieldErrors';
import type { EmergencyValues } from './values';

/** Whom the school calls when something happens on the water. */
export function EmergencyFields({
  values,
  onChange,
  fieldError,
}: {
  values: EmergencyValues;
  onChange: (values: EmergencyValues) => void;
  fieldError: (field: CustomerField) => string | undefined;
}) {
  const { t } = useTranslation('profile');
  return (
    <>
      <TextInput
        label={t('fields.emergencyName')}
        name="emergencyContactName"
        autoComplete="off"
        autoCapitalize="words"
        size="md"
        value={values.name}
        onChange={(event) => onChange({ ...values, name: event.currentTarget.value })}
        error={fieldError('emergencyContactName')}
      />
      <TextInput
        label={t('fields.emergencyPhone')}
        placeholder={t('fields.phonePlaceholder')}
        type="tel"
        name="emergencyContactPhone"
        autoComplete="off"
        inputMode="tel"
        size="md"
        value={values.phone}
        onChange={(event) => onChange({ ...values, phone: event.currentTarget.value })}
        error={fieldError('emergencyContactPhone')}
      />
      <Text fz="xs" c="dimmed">
        {t('fields.emergencyHint')}
      </Text>
    </>
  );
}
