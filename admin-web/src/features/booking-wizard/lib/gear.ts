import { suggestedSize, USUAL_GEAR } from './sizing';
import type { GearNeed, PickedCustomer } from './draft';

let gearKeys = 0;
/** A key for a new line of gear, unique in the page. */
export const newGearKey = () => `gear-${(gearKeys += 1)}`;

export interface StockRow {
  category: string;
  size: string | null;
  total: number;
}

export interface CategoryStock {
  category: string;
  /** Sizes in the order the API gives them (by size), each with how many items exist. */
  sizes: { size: string; total: number }[];
  total: number;
  /** One of the usual pieces for the service's discipline. */
  usual: boolean;
}

/**
 * The gear a booking of the service usually takes: the categories the service needs per
 * participant, or when it names none, what a lesson of its discipline usually uses.
 */
export function usualCategories(service: {
  equipmentCategories: readonly string[];
  discipline?: string | null;
}): readonly string[] {
  if (service.equipmentCategories.length) return service.equipmentCategories;
  return (service.discipline && USUAL_GEAR[service.discipline]) || [];
}

/**
 * The location's stock by category: the usual gear first (in its usual order), then the rest
 * by name.
 */
export function stockByCategory(
  rows: readonly StockRow[],
  usual: readonly string[],
): CategoryStock[] {
  const byCategory = new Map<string, CategoryStock>();
  for (const row of rows) {
    let entry = byCategory.get(row.category);
    if (!entry) {
      entry = { category: row.category, sizes: [], total: 0, usual: usual.includes(row.category) };
      byCategory.set(row.category, entry);
    }
    entry.total += row.total;
    if (row.size) entry.sizes.push({ size: row.size, total: row.total });
  }
  const rank = (c: CategoryStock) => (c.usual ? usual.indexOf(c.category) : usual.length);
  return [...byCategory.values()].sort(
    (a, b) => rank(a) - rank(b) || a.category.localeCompare(b.category),
  );
}

/**
 * The gear to ask availability for on top of what the service needs anyway: availability
 * already counts one item of each of the service's categories per participant, so one need
 * of each such category per participant is taken off (an unsized one first).
 */
export function extraNeeds(
  gear: readonly GearNeed[],
  serviceCategories: readonly string[],
  participants: number,
): GearNeed[] {
  const rest = gear.filter((g) => g.category);
  for (let person = 0; person < Math.max(1, participants); person += 1) {
    for (const category of serviceCategories) {
      const same = (g: GearNeed) => g.category === category;
      const index = rest.findIndex((g) => same(g) && !g.size);
      const at = index >= 0 ? index : rest.findIndex(same);
      if (at >= 0) rest.splice(at, 1);
    }
  }
  return rest;
}

/**
 * The gear the service needs, one of each category per participant, sized from each one's
 * weight and height where that gives a hint (else any size). `key` makes each line unique.
 */
export function serviceGear(
  categories: readonly string[],
  customers: readonly PickedCustomer[],
  stock: readonly CategoryStock[],
  key: () => string,
): GearNeed[] {
  const people: (PickedCustomer | null)[] = customers.length ? [...customers] : [null];
  return people.flatMap((person) =>
    categories.map((category) => {
      const sizes = stock.find((c) => c.category === category)?.sizes.map((s) => s.size) ?? [];
      return {
        key: key(),
        category,
        size: person ? suggestedSize(category, person, sizes) : null,
        customerId: person?.id ?? null,
      };
    }),
  );
}
