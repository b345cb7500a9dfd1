import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SetMyLocaleDocument } from '../../gql/graphql';
import { FALLBACK_LANGUAGE, toLanguage } from '../../i18n/language';
import { wasLanguageChosenThisVisit } from '../languageChoice';

/**
 * Reconciles the UI language with the account right after sign-in: a language picked on the
 * sign-in page is saved to the account; otherwise the account's language is shown.
 */
export function useApplyAccountLanguage(): (user: { locale: string }) => Promise<void> {
  const { i18n } = useTranslation();
  const [setMyLocale] = useMutation(SetMyLocaleDocument);

  return useCallback(
    async (user: { locale: string }) => {
      const shown = toLanguage(i18n.resolvedLanguage) ?? FALLBACK_LANGUAGE;
      const stored = toLanguage(user.locale);
      if (stored === shown) return;
      if (wasLanguageChosenThisVisit() || !stored) {
        // Best effort: the person is signed in either way.
        await setMyLocale({ variables: { locale: shown } }).catch(() => undefined);
      } else {
        await i18n.changeLanguage(stored);
      }
    },
    [i18n, setMyLocale],
  );
}
