import { MultiSelect } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { useLocationOptions } from '../hooks/useLocationOptions';

/**
 * The locations a staff member works at, chosen by name. Stays disabled while the school's
 * locations load or when they could not be loaded.
 */
export function LocationsSelect({
  locations,
  description,
  value,
  onChange,
  invalid,
}: {
  /** The school's locations, from `useLocationOptions`. */
  locations: ReturnType<typeof useLocationOptions>;
  description: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** The API refused the choice (a location removed meanwhile). */
  invalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={t('locationSelect.label')}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder={
        locations.loading
          ? t('locationSelect.loading')
          : value.length === 0
            ? t('locationSelect.placeholder')
            : undefined
      }
      data={locations.options}
      value={value}
      onChange={onChange}
      disabled={locations.loading || Boolean(locations.error)}
      error={
        locations.error
          ? t('locationSelect.unavailable')
          : invalid
            ? t('locationSelect.invalid')
            : undefined
      }
      leftSection={<IconMapPin size={16} aria-hidden />}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('locationSelect.nothingFound')}
    />
  );
}
