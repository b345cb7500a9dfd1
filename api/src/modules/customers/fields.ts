import {
  DISCIPLINES,
  SKILL_LEVELS,
  type CustomerSkill,
  type Discipline,
  type SkillLevel,
} from './schema.js';
import { EMAIL_PATTERN } from '../../validation.js';

/** What a customer record's editable fields may be given as (GraphQL, CSV import, seed). */
export interface CustomerFieldsInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  birthDate?: string | null;
  emergencyContactName?: string | null;
  emergencyContactPhone?: string | null;
  weightKg?: number | null;
  heightCm?: number | null;
  skills?: ReadonlyArray<{ discipline: string; level: string }> | null;
  tags?: readonly string[] | null;
  notes?: string | null;
}

/** The columns a valid input sets; absent keys are left as they are on update. */
export interface CustomerValues {
  name?: string;
  email?: string | null;
  phone?: string | null;
  phoneDigits?: string | null;
  birthDate?: string | null;
  emergencyContactName?: string | null;
  emergencyContactPhone?: string | null;
  weightKg?: number | null;
  heightCm?: number | null;
  skills?: CustomerSkill[];
  tags?: string[];
  notes?: string | null;
}

const PHONE = /^\+?[0-9 ()./-]{6,24}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The digits of a phone number, for matching "+90 532 111 22 33" with "05321112233". */
export const phoneDigitsOf = (phone: string | null | undefined) => {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 6 ? digits : null;
};

const text = (value: string | null | undefined) => value?.trim() || null;

/**
 * Trimmed, normalised values of a customer's fields and, per field, why a value is refused
 * (English; callers turn problems into BAD_USER_INPUT or an import report line). `creating`
 * makes the name required. `today` bounds the birth date.
 */
export function checkCustomerFields(
  input: CustomerFieldsInput,
  options: { creating: boolean; today: string },
): { values: CustomerValues; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const values: CustomerValues = {};
  if (options.creating || input.name !== undefined) {
    const name = input.name?.trim().replace(/\s+/g, ' ');
    if (!name || name.length > 200) problems.name = 'must be 1 to 200 characters';
    else values.name = name;
  }
  if (input.email !== undefined) {
    const email = text(input.email);
    if (email && (!EMAIL_PATTERN.test(email) || email.length > 254))
      problems.email = 'is not an email address';
    else values.email = email;
  }
  if (input.phone !== undefined) {
    const phone = text(input.phone);
    if (phone && (!PHONE.test(phone) || !phoneDigitsOf(phone)))
      problems.phone = 'is not a phone number';
    else {
      values.phone = phone;
      values.phoneDigits = phoneDigitsOf(phone);
    }
  }
  if (input.birthDate !== undefined) {
    const birthDate = text(input.birthDate);
    const match = birthDate ? DATE.exec(birthDate) : null;
    const valid =
      match &&
      !Number.isNaN(Date.parse(`${birthDate}T00:00:00Z`)) &&
      new Date(`${birthDate}T00:00:00Z`).toISOString().startsWith(birthDate!) &&
      Number(match[1]) >= 1900 &&
      birthDate! <= options.today;
    if (birthDate && !valid) problems.birthDate = 'must be a past date as YYYY-MM-DD';
    else values.birthDate = birthDate;
  }
  if (input.emergencyContactName !== undefined) {
    const value = text(input.emergencyContactName);
    if (value && value.length > 200)
      problems.emergencyContactName = 'must be at most 200 characters';
    else values.emergencyContactName = value;
  }
  if (input.emergencyContactPhone !== undefined) {
    const value = text(input.emergencyContactPhone);
    if (value && !PHONE.test(value)) problems.emergencyContactPhone = 'is not a phone number';
    else values.emergencyContactPhone = value;
  }
  if (input.weightKg !== undefined) {
    const w = input.weightKg;
    if (w !== null && (!Number.isInteger(w) || w < 10 || w > 250))
      problems.weightKg = 'must be 10 to 250 kg';
    else values.weightKg = w;
  }
  if (input.heightCm !== undefined) {
    const h = input.heightCm;
    if (h !== null && (!Number.isInteger(h) || h < 50 || h > 250))
      problems.heightCm = 'must be 50 to 250 cm';
    else values.heightCm = h;
  }
  if (input.skills !== undefined) {
    const skills: CustomerSkill[] = [];
    for (const skill of input.skills ?? []) {
      if (!DISCIPLINES.includes(skill.discipline as Discipline)) {
        problems.skills = `unknown discipline ${skill.discipline}`;
      } else if (!SKILL_LEVELS.includes(skill.level as SkillLevel)) {
        problems.skills = `unknown level ${skill.level}`;
      } else if (skills.some((s) => s.discipline === skill.discipline)) {
        problems.skills = `${skill.discipline} is given twice`;
      } else {
        skills.push({
          discipline: skill.discipline as Discipline,
          level: skill.level as SkillLevel,
        });
      }
    }
    values.skills = skills;
  }
  if (input.tags !== undefined) {
    const tags = [
      ...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean)),
    ];
    if (tags.length > 30 || tags.some((t) => t.length > 40))
      problems.tags = 'at most 30 tags of 40 characters';
    else values.tags = tags;
  }
  if (input.notes !== undefined) {
    const notes = text(input.notes);
    if (notes && notes.length > 10_000) problems.notes = 'must be at most 10,000 characters';
    else values.notes = notes;
  }
  return { values, problems };
}
