import { Group, Stack, Text } from '@mantine/core';
import { IconCircle, IconCircleCheckFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, passwordLength } from '../password';
import { PasswordField } from './PasswordField';

/**
 * A new password with the one rule that matters spelled out (length, not symbols) and a
 * live "12 characters" check under it.
 */
export function NewPasswordInput({
  label,
  value,
  onChange,
  error,
  name = 'new-password',
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  name?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('auth');
  const length = passwordLength(value);
  const long = length >= PASSWORD_MIN_LENGTH;
  return (
    <Stack gap={6}>
      <PasswordField
        label={label}
        description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
        name={name}
        autoComplete="new-password"
        size="md"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        required
        withAsterisk={false}
        autoFocus={autoFocus}
      />
      <Group gap={6} wrap="nowrap" c={long ? 'teal.7' : 'dimmed'}>
        {long ? (
          <IconCircleCheckFilled size={16} aria-hidden />
        ) : (
          <IconCircle size={16} aria-hidden />
        )}
        <Text fz="xs" c="inherit">
          {t('password.lengthRule', { min: PASSWORD_MIN_LENGTH })}
          {value && !long && (
            <Text span fz="xs" c="inherit">
              {' '}
              {t('password.lengthCount', { current: length, min: PASSWORD_MIN_LENGTH })}
            </Text>
          )}
        </Text>
      </Group>
    </Stack>
  );
}
