import { describe, expect, it } from 'vitest';
import { BOOKING_STATUSES, contrastRatio, isOpen, NEXT_STATUSES, STATUS_COLOURS } from './status';

describe('status colours', () => {
  it.each(BOOKING_STATUSES)('%s: text on its background is at least 4.5:1', (status) => {
    const { background, text } = STATUS_COLOURS[status];
    expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });
});

describe('status machine as offered', () => {
  it('only PENDING and CONFIRMED bookings move', () => {
    expect(BOOKING_STATUSES.filter(isOpen)).toEqual(['PENDING', 'CONFIRMED']);
  });

  it('offers the next steps and none from a final status', () => {
    expect(NEXT_STATUSES.PENDING).toEqual(['CONFIRMED']);
    expect(NEXT_STATUSES.CONFIRMED).toEqual(['CHECKED_IN', 'NO_SHOW']);
    expect(NEXT_STATUSES.CHECKED_IN).toEqual(['COMPLETED']);
    for (const final of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      expect(NEXT_STATUSES[final]).toEqual([]);
    }
  });
});
