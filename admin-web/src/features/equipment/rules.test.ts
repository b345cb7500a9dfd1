import { describe, expect, it } from 'vitest';
import {
  createInputOf,
  draftOf,
  draftProblems,
  emptyDraft,
  updateInputOf,
  type EquipmentDraft,
} from './rules';

const context = { currency: 'TRY', today: '2026-06-01' };
const draft = (patch: Partial<EquipmentDraft>): EquipmentDraft => ({
  ...emptyDraft(),
  name: 'Duotone Evo 9m',
  ...patch,
});

describe('the item form', () => {
  it('accepts a full item and sends the cost in exact minor units', () => {
    const full = draft({
      size: ' 9m ',
      brand: 'Duotone',
      serialNumber: 'EVO26-1',
      purchaseDate: '2026-03-15',
      purchaseCost: 48500.29,
      usageHoursBase: '12,5',
      notes: ' Spare bladder ',
    });
    expect(draftProblems(full, context)).toEqual({});
    expect(createInputOf(full, 'loc', 'TRY')).toEqual({
      locationId: 'loc',
      name: 'Duotone Evo 9m',
      category: 'KITE',
      size: '9m',
      brand: 'Duotone',
      model: null,
      serialNumber: 'EVO26-1',
      purchaseDate: '2026-03-15',
      purchaseCost: { amountMinor: 4850029, currency: 'TRY' },
      usageHoursBase: 12.5,
      notes: 'Spare bladder',
    });
  });

  it('names every problem', () => {
    expect(
      draftProblems(
        draft({
          name: ' ',
          category: null,
          size: 'x'.repeat(21),
          model: 'm'.repeat(81),
          purchaseDate: '2026-06-02',
          purchaseCost: '12.345',
          usageHoursBase: '-1',
          notes: 'n'.repeat(2001),
        }),
        context,
      ),
    ).toEqual({
      name: 'required',
      category: 'required',
      size: 'tooLong',
      model: 'tooLong',
      purchaseDate: 'future',
      purchaseCost: 'notAmount',
      usageHoursBase: 'notHours',
      notes: 'tooLong',
    });
    expect(draftProblems(draft({ purchaseDate: '1975-05-01' }), context).purchaseDate).toBe(
      'tooOld',
    );
    expect(draftProblems(draft({ usageHoursBase: 'lots' }), context).usageHoursBase).toBe(
      'notHours',
    );
  });

  it('sends only what changed, an emptied field as null', () => {
    const item = {
      name: 'North Orbit 9m',
      category: 'KITE',
      size: '9m',
      brand: 'North',
      model: 'Orbit',
      serialNumber: 'ORB-1',
      purchaseDate: '2025-03-01',
      purchaseCost: { amountMinor: 159900, currency: 'EUR' },
      usageHoursBase: 40,
      notes: null,
    };
    const edited = { ...draftOf(item), model: '', notes: 'Yellow tape', usageHoursBase: '' };
    expect(updateInputOf(edited, item, 'EUR')).toEqual({
      model: null,
      notes: 'Yellow tape',
      usageHoursBase: 0,
    });
    expect(updateInputOf(draftOf(item), item, 'EUR')).toEqual({});
    // A new cost is in the location's currency.
    expect(updateInputOf({ ...draftOf(item), purchaseCost: 1499 }, item, 'EUR')).toEqual({
      purchaseCost: { amountMinor: 149900, currency: 'EUR' },
    });
  });
});
