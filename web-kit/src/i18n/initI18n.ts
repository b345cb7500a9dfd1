import i18n, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, toLanguage, type Language } from './language';

/** Shared by both apps on the same origin, so a choice made in one holds in the other. */
export const LANGUAGE_STORAGE_KEY = 'plannivo.language';

function syncDocumentLanguage(language: string) {
  document.documentElement.lang = language;
}

/**
 * Starts i18next with the app's bundled texts (`withSharedResources(...)`): the language
 * stored by either app wins, then the browser's, then English. Call once, before rendering.
 */
export function initI18n(resources: Record<Language, Record<string, object>>): I18n {
  i18n.on('languageChanged', syncDocumentLanguage);

  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      ns: Object.keys(resources.en),
      defaultNS: 'common',
      supportedLngs: LANGUAGES,
      fallbackLng: FALLBACK_LANGUAGE,
      load: 'languageOnly',
      // Resources are bundled, so initialisation is synchronous and the first render is translated.
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: (language) => toLanguage(language) ?? language,
      },
    });

  return i18n;
}
