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
    expect(summarize('auth.login_failed', { email: 'who@example.com' })).toEqual([
      { kind: 'email', email: 'who@example.com' },
    ]);
  });

  it('lists the changed fields of an update', () => {
    expect(
      summarize('location.updated', { changes: { name: 'Tarifa', timezone: 'Europe/Madrid' } }),
    ).toEqual([
      {
        kind: 'changes',
        changes: [
          { field: 'name', value: 'Tarifa' },
          { field: 'timezone', value: 'Europe/Madrid' },
        ],
      },
    ]);
  });

  it('shows non-text values as JSON', () => {
    expect(summarize('location.updated', { changes: { capacity: 12 } })).toEqual([
      { kind: 'changes', changes: [{ field: 'capacity', value: '12' }] },
    ]);
  });

  it('reads an action it has no reader for by shape', () => {
    expect(summarize('location.created', { changes: { name: 'Tarifa' } })).toEqual([
      { kind: 'changes', changes: [{ field: 'name', value: 'Tarifa' }] },
    ]);
    expect(summarize('booking.cancelled', { email: 'who@example.com' })).toEqual([
      { kind: 'email', email: 'who@example.com' },
    ]);
  });

  it.each([
    [
      'user.role_changed',
      { from: 'INSTRUCTOR', to: 'MANAGER', sessionsEnded: 2 },
      [
        { kind: 'roleChange', from: 'INSTRUCTOR', to: 'MANAGER' },
        { kind: 'sessionsEnded', count: 2 },
      ],
    ],
    [
      'user.role_changed',
      { from: 'MANAGER', to: 'ADMIN', sessionsEnded: 0 },
      [{ kind: 'roleChange', from: 'MANAGER', to: 'ADMIN' }],
    ],
    ['user.deactivated', { sessionsEnded: 3 }, [{ kind: 'sessionsEnded', count: 3 }]],
    ['user.deactivated', { sessionsEnded: 0 }, []],
    ['user.reactivated', {}, []],
    ['auth.password_reset', { sessionsEnded: 1 }, [{ kind: 'sessionsEnded', count: 1 }]],
    ['auth.password_changed', { sessionsEnded: 2 }, [{ kind: 'sessionsEnded', count: 2 }]],
    ['auth.sessions_revoked', { count: 4 }, [{ kind: 'sessionsEnded', count: 4 }]],
    ['auth.login', { sessionId: 's1' }, []],
    ['auth.registered', { sessionId: 's1' }, []],
    [
      'user.updated',
      { name: { from: 'Ali', to: 'Ali Veli' }, locationIds: ['l1'] },
      [
        {
          kind: 'changes',
          changes: [{ field: 'name', value: 'Ali → Ali Veli' }, { field: 'locations' }],
        },
      ],
    ],
    ['user.updated', {}, []],
    [
      'invitation.created',
      { email: 'new@example.com', role: 'INSTRUCTOR', locationIds: [] },
      [
        { kind: 'text', text: 'new@example.com' },
        { kind: 'role', role: 'INSTRUCTOR' },
      ],
    ],
    [
      'invitation.revoked',
      { email: 'new@example.com' },
      [{ kind: 'text', text: 'new@example.com' }],
    ],
    [
      'api_key.created',
      { name: 'Website', scopes: ['READ', 'CUSTOMERS_WRITE'], expiresAt: null },
      [
        { kind: 'text', text: 'Website' },
        { kind: 'scopes', count: 2 },
      ],
    ],
    ['api_key.revoked', { name: 'Website' }, [{ kind: 'text', text: 'Website' }]],
    [
      'legal.published',
      { kind: 'TERMS', version: 3, title: 'Terms of service' },
      [
        { kind: 'documents', documents: [{ kind: 'TERMS', version: 3 }] },
        { kind: 'text', text: 'Terms of service' },
      ],
    ],
    [
      'legal.accepted',
      {
        documents: [
          { kind: 'TERMS', version: 3 },
          { kind: 'PRIVACY' },
          { kind: 'PRIVACY', version: 2 },
        ],
      },
      [
        {
          kind: 'documents',
          documents: [
            { kind: 'TERMS', version: 3 },
            { kind: 'PRIVACY', version: 2 },
          ],
        },
      ],
    ],
    ['legal.accepted', { documents: 'TERMS' }, []],
    [
      'customer.updated',
      { fields: ['name', 'phone', 7] },
      [{ kind: 'fields', fields: ['name', 'phone'] }],
    ],
    ['customer.created', { apiKeyId: 'k1' }, []],
  ] as const)('reads %s from %j', (action, data, parts) => {
    expect(summarize(action, data)).toEqual(parts);
  });

  it('has nothing to say about other shapes', () => {
    expect(summarize('auth.login', { sessionId: 's1' })).toEqual([]);
    expect(summarize('location.updated', { changes: {} })).toEqual([]);
    expect(summarize('location.updated', null)).toEqual([]);
    expect(summarize('user.role_changed', ['a'])).toEqual([]);
    expect(summarize('user.role_changed', { from: 7, to: null })).toEqual([]);
  });
});
