import {
  Alert,
  Button,
  Group,
  NumberInput,
  type NumberInputProps,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DESCRIPTION_MAX, NAME_MAX } from '../rules';

/** What the API refused, above a catalog form: by field when it named fields, else its text. */
export function FormErrorAlert({ error, byField }: { error: unknown; byField: boolean }) {
  const { t } = useTranslation('catalog');
  const errorMessage = useErrorText();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {byField ? t('form.checkFields') : errorMessage(error)}
    </Alert>
  );
}

/** The name and description every service and package has. */
export function NameAndDescription({
  name,
  description,
  placeholder,
  onChange,
  nameError,
  descriptionError,
}: {
  name: string;
  description: string;
  placeholder: string;
  onChange: (change: { name: string } | { description: string }) => void;
  nameError?: string;
  descriptionError?: string;
}) {
  const { t } = useTranslation('catalog');
  return (
    <>
      <TextInput
        label={t('fields.name')}
        placeholder={placeholder}
        value={name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        error={nameError}
        maxLength={NAME_MAX}
        data-autofocus
        required
      />
      <Textarea
        label={t('fields.description')}
        value={description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={descriptionError}
        maxLength={DESCRIPTION_MAX}
        autosize
        minRows={2}
        maxRows={6}
      />
    </>
  );
}

/** A whole, non-negative count, its help under the field; out-of-range values stay for the check. */
export function CountInput(props: NumberInputProps) {
  return (
    <NumberInput
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      {...props}
    />
  );
}

/** Cancel and submit at the foot of a catalog form. */
export function FormActions({
  onCancel,
  loading,
  submitLabel,
}: {
  onCancel: () => void;
  loading: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation('catalog');
  return (
    <Group justify="flex-end" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('form.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
