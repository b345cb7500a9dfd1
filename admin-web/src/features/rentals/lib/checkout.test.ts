import { describe, expect, it } from 'vitest';
import { byCategory, dueOfPreset, findBySerial, localParts } from './checkout';

describe('check-out helpers', () => {
  const now = new Date('2026-07-01T08:00:00.000Z'); // 11:00 in Istanbul

  it('turn due presets into instants at the location', () => {
    expect(dueOfPreset('2h', 'Europe/Istanbul', now)).toBe('2026-07-01T10:00:00.000Z');
    expect(dueOfPreset('endOfDay', 'Europe/Istanbul', now)).toBe('2026-07-01T16:00:00.000Z');
    expect(dueOfPreset('tomorrow', 'Europe/Istanbul', now)).toBe('2026-07-02T07:00:00.000Z');
    // Past closing time, "end of day" falls back to two hours.
    const late = new Date('2026-07-01T16:45:00.000Z');
    expect(dueOfPreset('endOfDay', 'Europe/Istanbul', late)).toBe('2026-07-01T18:45:00.000Z');
  });

  it('read the local date and time of an instant', () => {
    expect(localParts('2026-07-01T16:00:00.000Z', 'Europe/Istanbul')).toEqual({
      date: '2026-07-01',
      time: '19:00',
    });
  });

  it('find an item by its serial number whatever the case and spaces', () => {
    const items = [{ serialNumber: 'DT-EVO 9-001' }, { serialNumber: null }];
    expect(findBySerial(items, ' dt-evo9-001 ')).toBe(items[0]);
    expect(findBySerial(items, 'nope')).toBeUndefined();
    expect(findBySerial(items, '')).toBeUndefined();
  });

  it('group items by category in the order given', () => {
    const groups = byCategory([
      { category: 'KITE', id: 1 },
      { category: 'BAR', id: 2 },
      { category: 'KITE', id: 3 },
    ]);
    expect([...groups.keys()]).toEqual(['KITE', 'BAR']);
    expect(groups.get('KITE')!.map((i) => i.id)).toEqual([1, 3]);
  });
});
