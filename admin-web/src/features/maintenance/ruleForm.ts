/** The rule dialog's fields and how they are checked before sending (the API checks again). */
export interface RuleDraft {
  /** true: the rule applies at every location; false: at the chosen location only. */
  everywhere: boolean;
  category: string | null;
  name: string;
  everyUsageHours: number | string;
  everyDays: number | string;
  active: boolean;
}

export type RuleField = 'name' | 'category' | 'everyUsageHours' | 'everyDays' | 'locationId';
export type RuleProblem = 'required' | 'hoursRange' | 'daysRange' | 'intervalRequired' | 'tooLong';

export const RULE_NAME_MAX = 120;
const HOURS_MAX = 10_000;
const DAYS_MAX = 3650;

const whole = (value: number | string) => {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : NaN;
};

/** The input of createMaintenanceRule/updateMaintenanceRule, or the problems by field. */
export function ruleInput(
  draft: RuleDraft,
  locationId: string,
):
  | {
      ok: true;
      input: {
        locationId: string | null;
        category: string;
        name: string;
        everyUsageHours: number | null;
        everyDays: number | null;
        active: boolean;
      };
    }
  | { ok: false; problems: Partial<Record<RuleField, RuleProblem>> } {
  const problems: Partial<Record<RuleField, RuleProblem>> = {};
  const name = draft.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length > RULE_NAME_MAX) problems.name = 'tooLong';
  if (!draft.category) problems.category = 'required';
  const hours = whole(draft.everyUsageHours);
  const days = whole(draft.everyDays);
  if (hours !== null && !(Number.isInteger(hours) && hours >= 1 && hours <= HOURS_MAX))
    problems.everyUsageHours = 'hoursRange';
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= DAYS_MAX))
    problems.everyDays = 'daysRange';
  if (hours === null && days === null) {
    problems.everyUsageHours = 'intervalRequired';
    problems.everyDays = 'intervalRequired';
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    input: {
      locationId: draft.everywhere ? null : locationId,
      category: draft.category!,
      name,
      everyUsageHours: hours,
      everyDays: days,
      active: draft.active,
    },
  };
}
