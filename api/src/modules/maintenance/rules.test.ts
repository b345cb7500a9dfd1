import { describe, expect, it } from 'vitest';
import { checkRuleFields, isOverdue, nextDue, shouldOpen } from './rules.js';

const DAY = 86_400_000;
const since = new Date('2026-01-01T00:00:00.000Z');
const now = new Date('2026-03-20T12:00:00.000Z');

describe('checkRuleFields', () => {
  it.each([
    [{ everyDays: 1 }, {}],
    [{ everyUsageHours: 10_000 }, {}],
    [{ everyUsageHours: 100, everyDays: 180 }, {}],
    [{}, { everyUsageHours: expect.any(String), everyDays: expect.any(String) }],
    [{ everyDays: 0 }, { everyDays: expect.any(String) }],
    [{ everyDays: 3651 }, { everyDays: expect.any(String) }],
    [{ everyDays: 2.5 }, { everyDays: expect.any(String) }],
    [{ everyUsageHours: 10_001 }, { everyUsageHours: expect.any(String) }],
  ])('intervals %j → %j', (intervals, problems) => {
    expect(checkRuleFields({ category: 'kite', name: 'Check', ...intervals }).problems).toEqual(
      problems,
    );
  });

  it('writes the category as a key and trims the name', () => {
    const { values, problems } = checkRuleFields({
      category: 'Impact vest',
      name: '  Vest   check ',
      everyDays: 90,
    });
    expect(problems).toEqual({});
    expect(values).toEqual({
      category: 'IMPACT_VEST',
      name: 'Vest check',
      everyDays: 90,
      everyUsageHours: null,
      active: true,
    });
  });
});

describe('when a service falls due', () => {
  const rule = { everyDays: 90, everyUsageHours: 100 };

  it('counts days from the base and hours from the usage at the base', () => {
    expect(nextDue(rule, { since, usageAtSince: 600 })).toEqual({
      dueAt: new Date(since.getTime() + 90 * DAY),
      dueUsageMinutes: 600 + 6000,
    });
    expect(nextDue({ everyDays: null, everyUsageHours: 5 }, { since, usageAtSince: 0 })).toEqual({
      dueAt: null,
      dueUsageMinutes: 300,
    });
  });

  it.each([
    // 90 days after 1 Jan is 1 Apr; the lead opens it from 25 Mar.
    ['2026-03-24T23:59:59.999Z', 0, false],
    ['2026-03-25T00:00:00.000Z', 0, true],
    ['2026-05-01T00:00:00.000Z', 0, true],
    // 90% of 100 hours after the 10 hours at the base: 100 hours in all.
    ['2026-01-02T00:00:00.000Z', 99 * 60 + 59, false],
    ['2026-01-02T00:00:00.000Z', 100 * 60, true],
  ])('at %s with %i minutes used: open %s', (at, usage, open) => {
    expect(shouldOpen(rule, { since, usageAtSince: 600 }, usage, new Date(at))).toBe(open);
  });
});

describe('isOverdue', () => {
  it.each([
    [{ status: 'OPEN', dueAt: now, dueUsageMinutes: null }, 0, true],
    [{ status: 'OPEN', dueAt: new Date(now.getTime() + 1), dueUsageMinutes: null }, 0, false],
    [{ status: 'OPEN', dueAt: null, dueUsageMinutes: 6000 }, 5999, false],
    [{ status: 'OPEN', dueAt: null, dueUsageMinutes: 6000 }, 6000, true],
    [{ status: 'DONE', dueAt: since, dueUsageMinutes: 1 }, 9999, false],
    [{ status: 'OPEN', dueAt: null, dueUsageMinutes: null }, 9999, false],
  ])('%j with %i minutes used: %s', (task, usage, overdue) => {
    expect(isOverdue(task, usage, now)).toBe(overdue);
  });
});
