import { describe, expect, it } from 'vitest';
import { isWholeDays, timeOffInput, type TimeOffDraft } from './timeOff';

const draft = (patch: Partial<TimeOffDraft>): TimeOffDraft => ({
  days: ['2026-08-01', '2026-08-07'],
  allDay: true,
  startTime: '',
  endTime: '',
  reason: '',
  ...patch,
});

describe('timeOffInput', () => {
  it('turns whole days into midnight to the midnight after the last day, in the location’s zone', () => {
    expect(timeOffInput(draft({ reason: ' Holiday ' }), 'Europe/Istanbul')).toEqual({
      ok: true,
      startsAt: '2026-07-31T21:00:00.000Z',
      endsAt: '2026-08-07T21:00:00.000Z',
      reason: 'Holiday',
    });
    // A single day off, in Tarifa.
    expect(timeOffInput(draft({ days: ['2026-12-14', null] }), 'Europe/Madrid')).toMatchObject({
      startsAt: '2026-12-13T23:00:00.000Z',
      endsAt: '2026-12-14T23:00:00.000Z',
      reason: null,
    });
  });

  it('uses the times on the first and last day when not all day', () => {
    expect(
      timeOffInput(
        draft({
          days: ['2026-08-03', '2026-08-03'],
          allDay: false,
          startTime: '13:00',
          endTime: '18:30',
        }),
        'Europe/Madrid',
      ),
    ).toMatchObject({ startsAt: '2026-08-03T11:00:00.000Z', endsAt: '2026-08-03T16:30:00.000Z' });
  });

  it.each([
    [draft({ days: [null, null] }), 'daysRequired'],
    [draft({ allDay: false, startTime: '09:00', endTime: '' }), 'timesRequired'],
    [
      draft({
        days: ['2026-08-03', '2026-08-03'],
        allDay: false,
        startTime: '18:00',
        endTime: '09:00',
      }),
      'endBeforeStart',
    ],
  ] as const)('refuses %o', (value, problem) => {
    expect(timeOffInput(value, 'Europe/Madrid')).toEqual({ ok: false, problem });
  });

  it('knows whole days in the location’s zone', () => {
    expect(
      isWholeDays('2026-07-31T21:00:00.000Z', '2026-08-07T21:00:00.000Z', 'Europe/Istanbul'),
    ).toBe(true);
    expect(
      isWholeDays('2026-07-31T21:00:00.000Z', '2026-08-07T21:00:00.000Z', 'Europe/Madrid'),
    ).toBe(false);
  });
});
