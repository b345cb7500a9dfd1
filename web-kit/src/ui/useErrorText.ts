import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRetryAfter } from '../auth/retryAfter';
import { errorMessageKeys, getErrorCode, getRetryAfterSeconds } from '../errors';

/**
 * The sentence to show for a failed request, by `extensions.code` only. A rate limit says
 * when to try again when the API told us ("in 12 minutes").
 */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const code = getErrorCode(error);
      const seconds = getRetryAfterSeconds(error);
      if (code === 'RATE_LIMITED' && seconds !== undefined) {
        return t('rateLimit.retryIn', {
          when: formatRetryAfter(seconds, i18n.resolvedLanguage ?? i18n.language),
        });
      }
      return t(errorMessageKeys[code]);
    },
    [i18n, t],
  );
}
