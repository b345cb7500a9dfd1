// The disciplines and levels a customer's skills are recorded in: the school's, shared.
export { DISCIPLINES, SKILL_LEVELS } from '../../shared/lib/disciplines';
