import type { Discipline, SkillLevel } from '../../gql/graphql';

/** Every discipline an instructor can teach, in the order the UI offers them. */
export const DISCIPLINES = [
  'KITE',
  'WINDSURF',
  'WING',
  'SURF',
  'SUP',
  'SAILING',
  'DIVING',
] as const satisfies readonly Discipline[];

/** The highest level an instructor teaches a discipline to. */
export const LEVELS = [
  'BEGINNER',
  'INTERMEDIATE',
  'ADVANCED',
  'EXPERT',
] as const satisfies readonly SkillLevel[];

// A new discipline or level in the schema is a compile error here until it is offered.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const allDisciplines: Missing<Discipline, (typeof DISCIPLINES)[number]> = true;
const allLevels: Missing<SkillLevel, (typeof LEVELS)[number]> = true;
void allDisciplines;
void allLevels;

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
