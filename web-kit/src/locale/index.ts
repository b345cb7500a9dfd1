export { LanguageSwitcher } from './components/LanguageSwitcher';
export { useApplyAccountLanguage } from './hooks/useApplyAccountLanguage';
export { useChangeLanguage } from './hooks/useChangeLanguage';
export { useCurrentLanguage } from './hooks/useCurrentLanguage';
