import { describe, expect, it } from 'vitest';
import { ruleInput, type RuleDraft } from './ruleForm';

const draft = (fields: Partial<RuleDraft>): RuleDraft => ({
  everywhere: false,
  category: 'KITE',
  name: 'Kite service',
  everyUsageHours: 100,
  everyDays: '',
  active: true,
  ...fields,
});

describe('ruleInput', () => {
  it('sends the location, or none for every location, and the intervals given', () => {
    expect(ruleInput(draft({}), 'loc')).toEqual({
      ok: true,
      input: {
        locationId: 'loc',
        category: 'KITE',
        name: 'Kite service',
        everyUsageHours: 100,
        everyDays: null,
        active: true,
      },
    });
    const both = ruleInput(draft({ everywhere: true, everyDays: '180' }), 'loc');
    expect(both.ok && both.input).toMatchObject({ locationId: null, everyDays: 180 });
  });

  it.each([
    [{ name: '  ' }, { name: 'required' }],
    [{ category: null }, { category: 'required' }],
    [{ everyUsageHours: 0 }, { everyUsageHours: 'hoursRange' }],
    [{ everyUsageHours: 10_001 }, { everyUsageHours: 'hoursRange' }],
    [{ everyUsageHours: 2.5 }, { everyUsageHours: 'hoursRange' }],
    [{ everyDays: 3651 }, { everyDays: 'daysRange' }],
    [
      { everyUsageHours: '', everyDays: '' },
      { everyUsageHours: 'intervalRequired', everyDays: 'intervalRequired' },
    ],
  ])('refuses %j', (fields, problems) => {
    expect(ruleInput(draft(fields), 'loc')).toEqual({ ok: false, problems });
  });
});
