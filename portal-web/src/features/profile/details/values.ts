import type { Discipline, SkillLevel, UpdateCustomerInput } from '../../../gql/graphql';

// A customer record's fields as the profile's forms hold them (text as typed, numbers as
// Mantine's NumberInput gives them) and as the API wants them back. The onboarding's steps
// and the profile page's sections share these, so a field reads and saves one way.

export const DISCIPLINES: readonly Discipline[] = [
  'KITE',
  'WING',
  'WINDSURF',
  'SURF',
  'SUP',
  'SAILING',
  'DIVING',
];
export const SKILL_LEVELS: readonly SkillLevel[] = [
  'BEGINNER',
  'INTERMEDIATE',
  'ADVANCED',
  'EXPERT',
];

/** A form's text as the API wants it: trimmed, and null for an empty field (clears it). */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A number field's value (Mantine gives '' for empty) as the API wants it. */
export function numberOrNull(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}

/** The saved fields the forms start from: any selection of a Customer that has them. */
export interface SavedCustomer {
  name?: string;
  phone?: string | null;
  birthDate?: string | null;
  weightKg?: number | null;
  heightCm?: number | null;
  skills?: ReadonlyArray<{ discipline: Discipline; level: SkillLevel }>;
  emergencyContactName?: string | null;
  emergencyContactPhone?: string | null;
}

export interface ContactValues {
  phone: string;
  /** YYYY-MM-DD, as the date input and the API's LocalDate have it; '' when none. */
  birthDate: string;
}

export const contactValues = (customer: SavedCustomer | null): ContactValues => ({
  phone: customer?.phone ?? '',
  birthDate: customer?.birthDate ?? '',
});

export const contactInput = (values: ContactValues): UpdateCustomerInput => ({
  phone: textOrNull(values.phone),
  birthDate: textOrNull(values.birthDate),
});

export interface BodyValues {
  weightKg: string | number;
  heightCm: string | number;
}

export const bodyValues = (customer: SavedCustomer | null): BodyValues => ({
  weightKg: customer?.weightKg ?? '',
  heightCm: customer?.heightCm ?? '',
});

export const bodyInput = (values: BodyValues): UpdateCustomerInput => ({
  weightKg: numberOrNull(values.weightKg),
  heightCm: numberOrNull(values.heightCm),
});

/** A level per sport tried; a sport never tried has no entry. */
export type SkillLevels = Partial<Record<Discipline, SkillLevel>>;

export const skillLevels = (customer: SavedCustomer | null): SkillLevels =>
  Object.fromEntries((customer?.skills ?? []).map((skill) => [skill.discipline, skill.level]));

/** Every sport tried, in the school's order of sports; a "never tried" sends no row. */
export const skillsInput = (levels: SkillLevels): UpdateCustomerInput => ({
  skills: DISCIPLINES.flatMap((discipline) => {
    const level = levels[discipline];
    return level ? [{ discipline, level }] : [];
  }),
});

export interface EmergencyValues {
  name: string;
  phone: string;
}

export const emergencyValues = (customer: SavedCustomer | null): EmergencyValues => ({
  name: customer?.emergencyContactName ?? '',
  phone: customer?.emergencyContactPhone ?? '',
});

export const emergencyInput = (values: EmergencyValues): UpdateCustomerInput => ({
  emergencyContactName: textOrNull(values.name),
  emergencyContactPhone: textOrNull(values.phone),
});
