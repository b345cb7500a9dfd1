import type { Discipline, SkillLevel } from '../../gql/graphql';

/** Every discipline the school teaches, in the order the UI offers them. */
export const DISCIPLINES = [
  'KITE',
  'WINDSURF',
  'WING',
  'SURF',
  'SUP',
  'SAILING',
  'DIVING',
] as const satisfies readonly Discipline[];

/** Skill levels from the first lesson on. */
export const SKILL_LEVELS = [
  'BEGINNER',
  'INTERMEDIATE',
  'ADVANCED',
  'EXPERT',
] as const satisfies readonly SkillLevel[];

// A new discipline or level in the schema is a compile error here until it is offered.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const allDisciplines: Missing<Discipline, (typeof DISCIPLINES)[number]> = true;
const allLevels: Missing<SkillLevel, (typeof SKILL_LEVELS)[number]> = true;
void allDisciplines;
void allLevels;
