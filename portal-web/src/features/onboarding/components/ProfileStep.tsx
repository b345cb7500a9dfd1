import { Group, NumberInput, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconRuler2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStepSubmit } from '../hooks/useStepSubmit';
import { numberOrNull, textOrNull } from '../steps';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const FIELDS = ['phone', 'birthDate', 'weightKg', 'heightCm'] as const;

/** Phone, birth date, weight and height, with why the school asks for the last two. */
export function ProfileStep({ customer, onSave, onBack }: StepProps) {
  const { t } = useTranslation('onboarding');
  const { submit, busy, failure, fieldsRefused, fieldError } = useStepSubmit(FIELDS);
  const [phone, setPhone] = useState(customer?.phone ?? '');
  // LocalDate (YYYY-MM-DD) has no scalar mapping in codegen.yml, so it is typed `unknown`.
  const [birthDate, setBirthDate] = useState(
    typeof customer?.birthDate === 'string' ? customer.birthDate : '',
  );
  const [weight, setWeight] = useState<string | number>(customer?.weightKg ?? '');
  const [height, setHeight] = useState<string | number>(customer?.heightCm ?? '');
  // The browser's date picker offers no future day; the API has the last word anyway.
  const today = new Date().toLocaleDateString('sv-SE');

  const handleSubmit = () =>
    submit(() =>
      onSave({
        phone: textOrNull(phone),
        birthDate: textOrNull(birthDate),
        weightKg: numberOrNull(weight),
        heightCm: numberOrNull(height),
      }),
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
        label={t('profile.phone')}
        placeholder={t('profile.phonePlaceholder')}
        type="tel"
        name="phone"
        autoComplete="tel"
        inputMode="tel"
        size="md"
        value={phone}
        onChange={(event) => setPhone(event.currentTarget.value)}
        error={fieldError('phone')}
      />
      <TextInput
        label={t('profile.birthDate')}
        type="date"
        name="birthDate"
        autoComplete="bday"
        size="md"
        max={today}
        value={birthDate}
        onChange={(event) => setBirthDate(event.currentTarget.value)}
        error={fieldError('birthDate')}
      />
      {/* A note, not an alert: nothing went wrong. */}
      <Paper radius="md" p="sm" bg="blue.0">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconRuler2 size={22} aria-hidden style={{ flexShrink: 0 }} />
          <div>
            <Text fz="sm" fw={600}>
              {t('profile.sizingTitle')}
            </Text>
            <Text fz="sm">{t('profile.sizingBody')}</Text>
          </div>
        </Group>
      </Paper>
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput
          label={t('profile.weight')}
          name="weightKg"
          size="md"
          inputMode="numeric"
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          rightSection={
            <Text fz="sm" c="dimmed">
              kg
            </Text>
          }
          value={weight}
          onChange={setWeight}
          error={fieldError('weightKg')}
        />
        <NumberInput
          label={t('profile.height')}
          name="heightCm"
          size="md"
          inputMode="numeric"
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          rightSection={
            <Text fz="sm" c="dimmed">
              cm
            </Text>
          }
          value={height}
          onChange={setHeight}
          error={fieldError('heightCm')}
        />
      </SimpleGrid>
    </StepForm>
  );
}
