import { describe, expect, it } from 'vitest';
import { currencyChoices, formatRate, inverseLine, normaliseRate, rateLine } from './currencies';

describe('rate text', () => {
  it('shows and reads rates in either language', () => {
    expect(formatRate('38.25000000', 'tr')).toBe('38,25');
    expect(formatRate('38.25000000', 'en')).toBe('38.25');
    expect(formatRate('2.00000000', 'en')).toBe('2');
    expect(normaliseRate(' 38,25 ')).toBe('38.25');
  });

  it('offers the currencies in use first', () => {
    const groups = currencyChoices(['TRY', 'EUR', 'TRY'], { used: 'In use', other: 'Other' });
    expect(groups[0]).toEqual({ group: 'In use', items: ['EUR', 'TRY'] });
    expect(groups[1]?.items).not.toContain('EUR');
    expect(groups[1]?.items).toContain('JPY');
  });
});

describe('rate lines', () => {
  it('write a rate both ways round', () => {
    expect(rateLine('EUR', 'TRY', '38.25000000', 'tr')).toBe('1 EUR = 38,25 TRY');
    expect(inverseLine('EUR', 'TRY', '38.25', 'en')).toBe('1 TRY ≈ 0.0261438 EUR');
  });
});
