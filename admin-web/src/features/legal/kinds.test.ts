import { describe, expect, it } from 'vitest';
import { currentVersion, isRequiredKind, versionsByKind } from './kinds';

const doc = (kind: 'TERMS' | 'PRIVACY' | 'MARKETING', version: number, current = false) => ({
  kind,
  version,
  current,
});

describe('versionsByKind', () => {
  it('groups by kind, newest first', () => {
    const grouped = versionsByKind([
      doc('TERMS', 1),
      doc('PRIVACY', 1, true),
      doc('TERMS', 3, true),
      doc('TERMS', 2),
    ]);
    expect(grouped.TERMS.map((d) => d.version)).toEqual([3, 2, 1]);
    expect(grouped.PRIVACY.map((d) => d.version)).toEqual([1]);
    expect(grouped.MARKETING).toEqual([]);
  });
});

describe('currentVersion', () => {
  it('is the one marked current, else the newest', () => {
    expect(currentVersion([doc('TERMS', 3), doc('TERMS', 2, true)])?.version).toBe(2);
    expect(currentVersion([doc('TERMS', 3), doc('TERMS', 2)])?.version).toBe(3);
    expect(currentVersion([])).toBeUndefined();
  });
});

describe('isRequiredKind', () => {
  it('requires terms and privacy, not marketing', () => {
    expect(isRequiredKind('TERMS')).toBe(true);
    expect(isRequiredKind('PRIVACY')).toBe(true);
    expect(isRequiredKind('MARKETING')).toBe(false);
  });
});
