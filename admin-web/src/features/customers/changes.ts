import type {
  CustomerFieldsFragment,
  CustomerSkillInput,
  UpdateCustomerInput,
} from '../../gql/graphql';

/** A `LocalDate` from the API (`2014-05-30`), or null for anything else. */
export function localDate(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** What the profile form holds: text as typed (empty for none), numbers or null. */
export interface CustomerDraft {
  name: string;
  email: string;
  phone: string;
  birthDate: string;
  emergencyContactName: string;
  emergencyContactPhone: string;
  weightKg: number | null;
  heightCm: number | null;
  skills: CustomerSkillInput[];
  tags: string[];
  notes: string;
}

export function draftOf(customer: CustomerFieldsFragment): CustomerDraft {
  return {
    name: customer.name,
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    birthDate: localDate(customer.birthDate) ?? '',
    emergencyContactName: customer.emergencyContactName ?? '',
    emergencyContactPhone: customer.emergencyContactPhone ?? '',
    weightKg: customer.weightKg,
    heightCm: customer.heightCm,
    skills: customer.skills.map(({ discipline, level }) => ({ discipline, level })),
    tags: [...customer.tags],
    notes: customer.notes ?? '',
  };
}

const TEXT_FIELDS = [
  'email',
  'phone',
  'birthDate',
  'emergencyContactName',
  'emergencyContactPhone',
  'notes',
] as const;

const text = (value: string | null | undefined) => value?.trim() || null;
/** Tags as the API keeps them: trimmed, lower case, each once. */
export const normaliseTags = (tags: readonly string[]) => [
  ...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean)),
];
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const skillKeys = (skills: readonly CustomerSkillInput[]) =>
  skills.map((skill) => `${skill.discipline}:${skill.level}`);

/**
 * Only what changed, so a save never overwrites a field another desk changed meanwhile and
 * the audit log names what was really edited. A cleared field is sent as null. Null when
 * nothing changed.
 */
export function changesOf(
  customer: CustomerFieldsFragment,
  draft: CustomerDraft,
): UpdateCustomerInput | null {
  const before = draftOf(customer);
  const input: UpdateCustomerInput = {};
  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name !== before.name) input.name = name;
  for (const field of TEXT_FIELDS) {
    const value = text(draft[field]);
    if (value !== text(before[field])) input[field] = value;
  }
  if (draft.weightKg !== before.weightKg) input.weightKg = draft.weightKg;
  if (draft.heightCm !== before.heightCm) input.heightCm = draft.heightCm;
  const skills = draft.skills.filter((skill) => skill.discipline && skill.level);
  if (!sameSet(skillKeys(skills), skillKeys(before.skills))) input.skills = skills;
  const tags = normaliseTags(draft.tags);
  if (!sameSet(tags, before.tags)) input.tags = tags;
  return Object.keys(input).length > 0 ? input : null;
}
