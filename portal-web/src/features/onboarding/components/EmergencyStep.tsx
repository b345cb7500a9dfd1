import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStepSubmit } from '../hooks/useStepSubmit';
import { textOrNull } from '../steps';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const FIELDS = ['emergencyContactName', 'emergencyContactPhone'] as const;

/** Whom the school calls when something happens on the water. */
export function EmergencyStep({ customer, onSave, onBack }: StepProps) {
  const { t } = useTranslation('onboarding');
  const { submit, busy, failure, fieldsRefused, fieldError } = useStepSubmit(FIELDS);
  const [name, setName] = useState(customer?.emergencyContactName ?? '');
  const [phone, setPhone] = useState(customer?.emergencyContactPhone ?? '');

  const handleSubmit = () =>
    submit(() =>
      onSave({ emergencyContactName: textOrNull(name), emergencyContactPhone: textOrNull(phone) }),
    );

  return (
    <StepForm
      onSubmit={handleSubmit}
      onBack={onBack}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
    >
      <TextInput
        label={t('emergency.name')}
        name="emergencyContactName"
        autoComplete="off"
        autoCapitalize="words"
        size="md"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldError('emergencyContactName')}
      />
      <TextInput
        label={t('emergency.phone')}
        placeholder={t('profile.phonePlaceholder')}
        type="tel"
        name="emergencyContactPhone"
        autoComplete="off"
        inputMode="tel"
        size="md"
        value={phone}
        onChange={(event) => setPhone(event.currentTarget.value)}
        error={fieldError('emergencyContactPhone')}
      />
      <Text fz="xs" c="dimmed">
        {t('emergency.hint')}
      </Text>
    </StepForm>
  );
}
