import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, toLanguage, type Language } from '../../i18n/language';

/** The language the UI is showing now, always one of ours. */
export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage) ?? FALLBACK_LANGUAGE;
}
