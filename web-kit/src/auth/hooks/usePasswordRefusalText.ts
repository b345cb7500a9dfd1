import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password';
import { passwordRefusalKeys, type PasswordRefusal } from '../passwordRefusal';

/**
 * What a password field says when the API refused the password: the translated reason when
 * the API gave a code, else its English message inside a translated sentence.
 */
export function usePasswordRefusalText(): (refusal: PasswordRefusal) => string {
  const { t } = useTranslation('auth');
  return useCallback(
    (refusal: PasswordRefusal) =>
      refusal.code
        ? t(passwordRefusalKeys[refusal.code], {
            min: PASSWORD_MIN_LENGTH,
            max: PASSWORD_MAX_LENGTH,
          })
        : t('password.rejected', { reason: refusal.message }),
    [t],
  );
}
