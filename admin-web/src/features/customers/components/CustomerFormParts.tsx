import { Alert, Button, Group, TextInput, type TextInputProps } from '@mantine/core';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { refusedFields, type CustomerField } from '../fieldErrors';

const NAME_MAX_LENGTH = 200;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A record form's refusal: a translated message on each field the API refused, or, for any
 * other failure, one message for the whole form.
 */
export function useCustomerFormErrors(error: unknown) {
  const { t } = useTranslation('customers');
  const errorMessage = useErrorText();
  const refused = refusedFields(error);
  const fieldError = (field: CustomerField) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;
  const failure =
    error && !(getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0)
      ? errorMessage(error)
      : undefined;
  return { fieldError, failure };
}

/** The form's failure, not tied to one field. */
export function FormFailure({ failure }: { failure: string | undefined }) {
  return failure ? (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {failure}
    </Alert>
  ) : null;
}

/** Cancel and submit at the end of a dialog's form. */
export function FormButtons({
  cancelLabel,
  submitLabel,
  loading,
  onCancel,
}: {
  cancelLabel: string;
  submitLabel: string;
  loading: boolean;
  onCancel: () => void;
}) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel} disabled={loading}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}

type FieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

/** The record's name, required, focused when the dialog opens. `missing`: left empty. */
export function NameInput({
  value,
  onChange,
  missing,
  error,
  ...props
}: FieldProps & { missing: boolean }) {
  const { t } = useTranslation('customers');
  return (
    <TextInput
      label={t('fields.name')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={missing ? t('fieldErrors.nameRequired') : error}
      maxLength={NAME_MAX_LENGTH}
      autoComplete="off"
      required
      data-autofocus
      {...props}
    />
  );
}

/** A birth date: today at the latest. */
export function BirthDateInput({ value, onChange, ...props }: FieldProps) {
  const { t } = useTranslation('customers');
  return (
    <TextInput
      label={t('fields.birthDate')}
      type="date"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      max={today()}
      {...props}
    />
  );
}

/** A phone number. */
export function PhoneInput({ value, onChange, ...props }: FieldProps) {
  const { t } = useTranslation('customers');
  return (
    <TextInput
      label={t('fields.phone')}
      type="tel"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="off"
      {...props}
    />
  );
}
