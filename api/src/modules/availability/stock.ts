/**
 * Equipment stock as pure functions: which items are free over a range, and whether they
 * cover what a booking needs. The service loads the items and their allocations of the day
 * in one query and asks these per slot.
 */
import { overlaps } from './time.js';

/** One item of a location with the active allocations of the day that touch it. */
export interface StockItem {
  id: string;
  category: string;
  size: string | null;
  busy: ReadonlyArray<{ startsAt: Date; endsAt: Date }>;
}

/**
 * A piece of gear asked for: a category key (KITE), optionally a size label (9m). Keys and
 * labels are compared as stored, so callers write them the equipment module's way first
 * (equipment/service `categoryKey`, `sizeLabel`).
 */
export interface EquipmentNeed {
  category: string;
  size?: string | null;
}

/** Items of `items` with no allocation overlapping [start, end). */
export function freeItems(items: readonly StockItem[], start: Date, end: Date): StockItem[] {
  return items.filter((item) => !item.busy.some((b) => overlaps(b.startsAt, b.endsAt, start, end)));
}

/**
 * Whether `free` items serve `participants` people, each needing one item of every category
 * in `perParticipant`, plus every entry of `requested` (one item each). A sized request needs
 * an item of that size; an unsized one, or a participant's category need, takes any size.
 * So per category: each size asked for must have that many free items of the size, and the
 * category must have as many free items as max(participants needing it, entries asking for it).
 */
export function stockSuffices(
  free: readonly StockItem[],
  perParticipant: readonly string[],
  requested: readonly EquipmentNeed[],
  participants: number,
): boolean {
  const needByCategory = new Map<string, { requested: number; bySize: Map<string, number> }>();
  const entry = (category: string) => {
    let e = needByCategory.get(category);
    if (!e) needByCategory.set(category, (e = { requested: 0, bySize: new Map() }));
    return e;
  };
  for (const need of requested) {
    const e = entry(need.category);
    e.requested += 1;
    if (need.size) e.bySize.set(need.size, (e.bySize.get(need.size) ?? 0) + 1);
  }
  const perPerson = new Set(perParticipant);
  for (const category of perPerson) entry(category);
  for (const [category, need] of needByCategory) {
    const inCategory = free.filter((i) => i.category === category);
    const total = Math.max(perPerson.has(category) ? participants : 0, need.requested);
    if (inCategory.length < total) return false;
    for (const [size, count] of need.bySize) {
      if (inCategory.filter((i) => i.size === size).length < count) return false;
    }
  }
  return true;
}

/**
 * The most participants, from `atLeast` up to `atMost`, the free items serve (see
 * stockSuffices); `atLeast - 1` when not even `atLeast` fit.
 */
export function participantsServed(
  free: readonly StockItem[],
  perParticipant: readonly string[],
  requested: readonly EquipmentNeed[],
  atLeast: number,
  atMost: number,
): number {
  let served = atLeast - 1;
  for (let n = atLeast; n <= atMost; n += 1) {
    if (!stockSuffices(free, perParticipant, requested, n)) break;
    served = n;
  }
  return served;
}
