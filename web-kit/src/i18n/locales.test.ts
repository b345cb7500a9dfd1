import { describe, expect, it } from 'vitest';
import { describeTranslations } from '../testing/translations';
import { toLanguage } from './language';

// The shared texts on their own; each app's locale test checks them again merged with its own.
describeTranslations();

describe('toLanguage', () => {
  it.each([
    ['tr-TR', 'tr'],
    ['TR', 'tr'],
    ['en_GB', 'en'],
    ['en', 'en'],
    ['de-DE', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(toLanguage(input)).toBe(expected);
  });
});
