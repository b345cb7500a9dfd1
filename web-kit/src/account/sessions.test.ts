import { describe, expect, it } from 'vitest';
import { orderSessions } from './sessions';

const session = (id: string, lastUsedAt: string, current = false) => ({ id, lastUsedAt, current });

describe('orderSessions', () => {
  it('puts this device first, then the most recently used', () => {
    const ordered = orderSessions([
      session('old', '2026-07-01T08:00:00Z'),
      session('newest', '2026-07-03T08:00:00Z'),
      session('here', '2026-07-02T08:00:00Z', true),
      session('middle', '2026-07-02T09:00:00Z'),
    ]);
    expect(ordered.map((s) => s.id)).toEqual(['here', 'newest', 'middle', 'old']);
  });

  it('leaves the list it was given alone', () => {
    const list = [session('a', '2026-07-01T08:00:00Z'), session('b', '2026-07-02T08:00:00Z')];
    orderSessions(list);
    expect(list.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('takes an empty list', () => {
    expect(orderSessions([])).toEqual([]);
  });
});
