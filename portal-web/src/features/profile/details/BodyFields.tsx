import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerField } from './fieldErrors';
import { SizingNote } from './SizingNote';
import type { BodyValues } from './values';

function Unit({ children }: { children: string }) {
  return (
    <Text fz="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** Weight and height side by side (they fit a phone), under why the school asks. */
export function BodyFields({
  values,
  onChange,
  fieldError,
}: {
  values: BodyValues;
  onChange: (values: BodyValues) => void;
  fieldError: (field: CustomerField) => string | undefined;
}) {
  const { t } = useTranslation('profile');
  // Whole numbers, no clamping: an out-of-range value is sent and refused on its field.
  const common = {
    size: 'md',
    inputMode: 'numeric',
    allowDecimal: false,
    allowNegative: false,
    clampBehavior: 'none',
    hideControls: true,
  } as const;
  return (
    <>
      <SizingNote />
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput
          {...common}
          label={t('fields.weight')}
          name="weightKg"
          rightSection={<Unit>kg</Unit>}
          value={values.weightKg}
          onChange={(weightKg) => onChange({ ...values, weightKg })}
          error={fieldError('weightKg')}
        />
        <NumberInput
          {...common}
          label={t('fields.height')}
          name="heightCm"
          rightSection={<Unit>cm</Unit>}
          value={values.heightCm}
          onChange={(heightCm) => onChange({ ...values, heightCm })}
          error={fieldError('heightCm')}
        />
      </SimpleGrid>
    </>
  );
}
