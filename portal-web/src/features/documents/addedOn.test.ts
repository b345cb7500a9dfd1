import { DOCUMENT_KINDS } from '@plannivo/web-kit/documents';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/documents.json';
import tr from '../../../locales/tr/documents.json';
import { formatAddedOn } from './addedOn';

describe('formatAddedOn', () => {
  it('writes the day added in the given time zone', () => {
    expect(formatAddedOn('2026-11-23T22:30:00Z', 'en', 'UTC')).toBe('Nov 23, 2026');
    expect(formatAddedOn('2026-11-23T22:30:00Z', 'tr', 'Europe/Istanbul')).toBe('24 Kas 2026');
    expect(formatAddedOn('not a date', 'en')).toBe('not a date');
  });
});

describe('translations', () => {
  it('name every kind, in the list and in the form, in English and Turkish', () => {
    for (const texts of [en, tr]) {
      for (const kind of DOCUMENT_KINDS) {
        expect(texts.kinds[kind]).toBeTruthy();
        expect(texts.kindChoices[kind]).toBeTruthy();
      }
    }
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
  });
});
