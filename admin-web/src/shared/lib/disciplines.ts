import type { Discipline, SkillLevel } from '../../gql/graphql';
import type { Missing } from './exhaustive';

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
const complete: [
  Missing<Discipline, (typeof DISCIPLINES)[number]>,
  Missing<SkillLevel, (typeof SKILL_LEVELS)[number]>,
] = [true, true];
void complete;
