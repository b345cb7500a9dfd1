import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Detail {
  label: string;
  /** Null or empty: "Not given". */
  value: ReactNode;
}

/** Saved values as a description list, long ones wrapping rather than widening the page. */
export function DetailList({ details }: { details: readonly Detail[] }) {
  const { t } = useTranslation('profile');
  return (
    <Stack component="dl" gap="sm" m={0}>
      {details.map(({ label, value }) => (
        <div key={label}>
          <Text component="dt" fz="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          <Text component="dd" m={0} fz="md" style={{ overflowWrap: 'anywhere' }}>
            {value === null || value === '' ? (
              <Text span c="dimmed" fz="md">
                {t('notGiven')}
              </Text>
            ) : (
              value
            )}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
