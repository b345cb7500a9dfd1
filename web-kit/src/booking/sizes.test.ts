import { describe, expect, it } from 'vitest';
import { formatRange, formatSize } from './sizes';

describe('formatSize and formatRange', () => {
  it('read measures with the language’s decimal sign and letter sizes as they are', () => {
    expect(formatSize('9m', 'en')).toBe('9 m');
    expect(formatSize('4.5m', 'tr')).toBe('4,5 m');
    expect(formatSize('10.5m', 'en')).toBe('10.5 m');
    expect(formatSize('138cm', 'en')).toBe('138 cm');
    expect(formatSize('M', 'en')).toBe('M');
    expect(formatRange('8m', '10m', 'en')).toBe('8–10 m');
    expect(formatRange('138cm', '141cm', 'tr')).toBe('138–141 cm');
    expect(formatRange('S', 'L', 'en')).toBe('S–L');
    expect(formatRange('9m', '138cm', 'en')).toBe('9 m–138 cm');
    expect(formatRange('M', 'M', 'en')).toBe('M');
  });
});
