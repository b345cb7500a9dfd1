export { initI18n, LANGUAGE_STORAGE_KEY } from './initI18n';
export { FALLBACK_LANGUAGE, isLanguage, LANGUAGES, toLanguage, type Language } from './language';
export {
  sharedResources,
  withSharedResources,
  type AppWording,
  type DeepMerge,
  type WithShared,
} from './resources';
