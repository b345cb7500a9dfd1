import { describe, expect, it } from 'vitest';
import { refusalMessages } from './fieldErrors';

describe('refusalMessages', () => {
  it('gives the translated message on a refused field only', () => {
    const fieldError = refusalMessages<'name' | 'email'>(['email'], (field) => `bad ${field}`);
    expect(fieldError('email')).toBe('bad email');
    expect(fieldError('name')).toBeUndefined();
  });

  it('marks nothing when nothing was refused', () => {
    const fieldError = refusalMessages<'name'>([], () => 'bad');
    expect(fieldError('name')).toBeUndefined();
  });
});
