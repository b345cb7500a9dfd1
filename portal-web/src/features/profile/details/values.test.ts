import { describe, expect, it } from 'vitest';
import {
  bodyInput,
  bodyValues,
  contactInput,
  contactValues,
  emergencyInput,
  emergencyValues,
  numberOrNull,
  skillLevels,
  skillsInput,
  textOrNull,
} from './values';

describe('form values for the API', () => {
  it('sends empty text as null to clear the field', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' +90 532 ')).toBe('+90 532');
  });

  it.each([
    ['', null],
    [' ', null],
    ['72', 72],
    [72, 72],
    ['72,5', 72.5],
    ['abc', null],
  ] as const)('reads the number field %j as %j', (value, expected) => {
    expect(numberOrNull(value)).toBe(expected);
  });
});

describe('a record’s fields in the forms and back', () => {
  const saved = {
    phone: '+90 532 111 22 33',
    birthDate: '1994-05-17',
    weightKg: 64,
    heightCm: null,
    skills: [
      { discipline: 'SURF', level: 'ADVANCED' },
      { discipline: 'KITE', level: 'INTERMEDIATE' },
    ],
    emergencyContactName: 'Ayşe Çelik',
    emergencyContactPhone: null,
  } as const;

  it('starts every form from the saved values, empty where nothing is saved', () => {
    expect(contactValues(saved)).toEqual({ phone: '+90 532 111 22 33', birthDate: '1994-05-17' });
    expect(bodyValues(saved)).toEqual({ weightKg: 64, heightCm: '' });
    expect(skillLevels(saved)).toEqual({ SURF: 'ADVANCED', KITE: 'INTERMEDIATE' });
    expect(emergencyValues(saved)).toEqual({ name: 'Ayşe Çelik', phone: '' });
  });

  it('starts empty without a record (staff have none)', () => {
    expect(contactValues(null)).toEqual({ phone: '', birthDate: '' });
    expect(bodyValues(null)).toEqual({ weightKg: '', heightCm: '' });
    expect(skillLevels(null)).toEqual({});
    expect(emergencyValues(null)).toEqual({ name: '', phone: '' });
  });

  it('sends a form’s fields only, trimmed, with emptied ones as null', () => {
    expect(contactInput({ phone: ' 0532 765 43 21 ', birthDate: '' })).toEqual({
      phone: '0532 765 43 21',
      birthDate: null,
    });
    expect(bodyInput({ weightKg: 81, heightCm: '' })).toEqual({ weightKg: 81, heightCm: null });
    expect(emergencyInput({ name: '  ', phone: '+90 533 444 55 66' })).toEqual({
      emergencyContactName: null,
      emergencyContactPhone: '+90 533 444 55 66',
    });
  });

  it('sends the sports tried in the school’s order, none for "never tried"', () => {
    expect(skillsInput({ SURF: 'ADVANCED', KITE: 'INTERMEDIATE' })).toEqual({
      skills: [
        { discipline: 'KITE', level: 'INTERMEDIATE' },
        { discipline: 'SURF', level: 'ADVANCED' },
      ],
    });
    expect(skillsInput({})).toEqual({ skills: [] });
  });
});
