import { describe, expect, it } from 'vitest';
import {
  actorKind,
  formatInstant,
  formatInstantParts,
  prettyData,
  shortId,
  summarize,
} from './display';

const actor = { id: 'u1', name: 'Ayşe Admin', email: 'admin@example.com', role: 'ADMIN' as const };

describe('actorKind', () => {
  it('is the user when there is one', () => {
    expect(actorKind({ actor, ip: null, requestId: null })).toBe('user');
  });

  it('is anonymous for a request nobody was signed in for', () => {
    expect(actorKind({ actor: null, ip: '203.0.113.9', requestId: 'r1' })).toBe('anonymous');
    expect(actorKind({ actor: null, ip: null, requestId: 'r1' })).toBe('anonymous');
  });

  it('is the system when no request was involved', () => {
    expect(actorKind({ actor: null, ip: null, requestId: null })).toBe('system');
  });
});

describe('shortId', () => {
  it('cuts a UUID to its first block', () => {
    expect(shortId('3f2a9c1e-1b2c-4d5e-8f90-a1b2c3d4e5f6')).toBe('3f2a9c1e…');
  });

  it('leaves short ids alone and cuts long ones', () => {
    expect(shortId('42')).toBe('42');
    expect(shortId('req_0123456789abcdef')).toBe('req_01234567…');
  });
});

describe('formatInstant', () => {
  const iso = '2026-07-03T11:05:09.000Z';

  it('shows the instant in the given zone and language', () => {
    expect(formatInstant(iso, 'en', 'Europe/Istanbul')).toMatch(/Jul 3, 2026.*2:05:09\sPM/);
    expect(formatInstant(iso, 'tr', 'Europe/Istanbul')).toBe('3 Tem 2026 14:05:09');
    expect(formatInstant(iso, 'tr', 'Europe/Madrid')).toBe('3 Tem 2026 13:05:09');
  });

  it('returns anything unparsable as it came', () => {
    expect(formatInstant('yesterday', 'en')).toBe('yesterday');
  });
});

describe('formatInstantParts', () => {
  it('splits the instant into a date and a time in the given zone', () => {
    expect(formatInstantParts('2026-07-03T22:05:09.000Z', 'tr', 'Europe/Istanbul')).toEqual({
      date: '4 Tem 2026',
      time: '01:05:09',
    });
    expect(formatInstantParts('2026-07-03T22:05:09.000Z', 'en', 'UTC')).toMatchObject({
      date: 'Jul 3, 2026',
    });
  });

  it('keeps anything unparsable as the date', () => {
    expect(formatInstantParts('soon', 'en')).toEqual({ date: 'soon', time: '' });
  });
});

describe('prettyData', () => {
  it('indents the JSON', () => {
    expect(prettyData({ changes: { name: 'Tarifa' } })).toBe(
      '{\n  "changes": {\n    "name": "Tarifa"\n  }\n}',
    );
  });

  it('has nothing to show for an empty object', () => {
    expect(prettyData({})).toBeUndefined();
    expect(prettyData(null)).toBeUndefined();
  });
});

describe('summarize', () => {
  it('names the email of a failed sign-in', () => {
    expect(summarize({ email: 'who@example.com' })).toEqual({
      kind: 'email',
      email: 'who@example.com',
    });
  });

  it('lists the changed fields of an update', () => {
    expect(summarize({ changes: { name: 'Tarifa', timezone: 'Europe/Madrid' } })).toEqual({
      kind: 'changes',
      changes: [
        { field: 'name', value: 'Tarifa' },
        { field: 'timezone', value: 'Europe/Madrid' },
      ],
    });
  });

  it('shows non-text values as JSON', () => {
    expect(summarize({ changes: { capacity: 12 } })).toEqual({
      kind: 'changes',
      changes: [{ field: 'capacity', value: '12' }],
    });
  });

  it('has nothing to say about other shapes', () => {
    expect(summarize({ sessionId: 's1' })).toBeUndefined();
    expect(summarize({ changes: {} })).toBeUndefined();
    expect(summarize(null)).toBeUndefined();
    expect(summarize(['a'])).toBeUndefined();
  });
});
