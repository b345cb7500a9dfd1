import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput with its show/hide button named in the reader's language: Mantine
 * labels it "Toggle password visibility" in English whatever the page's language. The name
 * stays the same while `aria-pressed` says whether the password is shown (the toggle-button
 * pattern), so a screen reader announces "Show password, pressed".
 */
export function PasswordField({
  visibilityToggleButtonProps,
  ref,
  ...props
}: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation('auth');
  return (
    <PasswordInput
      ref={ref}
      {...props}
      visibilityToggleButtonProps={{
        'aria-label': t('password.show'),
        ...visibilityToggleButtonProps,
      }}
    />
  );
}
