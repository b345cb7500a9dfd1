import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './params';

describe('calendar params in the URL', () => {
  it('reads defaults from an empty URL', () => {
    expect(readParams(new URLSearchParams())).toEqual({
      location: null,
      date: null,
      view: 'day',
      instructors: [],
      discipline: null,
      cancelled: false,
      wholeDay: false,
    });
  });

  it('round-trips every setting and keeps other params', () => {
    const params = {
      location: 'loc-1',
      date: '2026-03-29',
      view: 'week' as const,
      instructors: ['a', 'b'],
      discipline: 'KITE' as const,
      cancelled: true,
      wholeDay: true,
    };
    const search = writeParams(new URLSearchParams('tab=x'), params);
    expect(search.get('tab')).toBe('x');
    expect(search.toString()).toContain('instructors=a%2Cb');
    expect(readParams(search)).toEqual(params);
  });

  it('ignores what it does not know and leaves defaults out', () => {
    const search = new URLSearchParams('view=month&discipline=GOLF&date=2026-02-31&cancelled=yes');
    expect(readParams(search)).toMatchObject({
      view: 'day',
      discipline: null,
      date: null,
      cancelled: false,
    });
    expect(writeParams(new URLSearchParams(), readParams(search)).toString()).toBe('');
  });
});
