import { SKILL_LEVELS } from '../../shared/lib/disciplines';

export { DISCIPLINES } from '../../shared/lib/disciplines';

/** The highest level an instructor teaches a discipline to: the school's skill levels. */
export const LEVELS = SKILL_LEVELS;

/** Languages offered first when picking what an instructor teaches in; any other code works. */
export const COMMON_LANGUAGES = ['tr', 'en', 'de', 'ru', 'es', 'fr', 'it', 'nl', 'da', 'ar'];

/** A language's name in the UI language (`de` → `Almanca` / `German`); the code if unknown. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code);
    return name && name !== code ? name : code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}
