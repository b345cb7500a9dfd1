import type { WizardSizingQuery } from '../../../gql/graphql';

export { formatRange, formatSize } from '@plannivo/web-kit/booking';

/**
 * Plain helpers of the wizard's sizing panel: which categories to ask the API about, how a
 * stored size reads ("9m" → "9 m"), and which stocked size the "use" button takes. The rules
 * themselves live in the API (modules/sizing), so the admin app and the portal agree.
 */

export type SizingAnswer = WizardSizingQuery['sizingSuggestions'][number];
export type SizingStockRow = SizingAnswer['stock'][number];

/** The categories the API has a sizing rule for. */
export const SIZED_CATEGORIES = ['KITE', 'BOARD', 'TWIN_TIP', 'WETSUIT'] as const;

/**
 * The sized categories worth asking about: the service's usual gear first, then any the
 * location stocks; none when the location stocks none of them.
 */
export function sizingCategories(usual: readonly string[], stocked: readonly string[]): string[] {
  const sized = (c: string) => (SIZED_CATEGORIES as readonly string[]).includes(c);
  const has = new Set(stocked);
  return [...new Set([...usual, ...stocked])].filter((c) => sized(c) && has.has(c));
}

/**
 * The stocked size the panel offers to take: the first the API lists (it puts sizes that can
 * be had first, nearest to the suggestion first), if any can be had; null otherwise. Without
 * a suggested size (too little wind, say) nothing is offered.
 */
export function bestPick(answer: SizingAnswer): SizingStockRow | null {
  if (!answer.size) return null;
  const first = answer.stock[0];
  if (!first) return null;
  const available =
    first.free === null || first.free === undefined ? first.total > 0 : first.free > 0;
  return available ? first : null;
}

/** A body measure as the API takes it: a positive number, else null. */
export function measure(value: string | number | null | undefined): number | null {
  const number = typeof value === 'number' ? value : value ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? number : null;
}

/**
 * The gear list after "use this size" for a rider: their line of the category takes the size;
 * else an unassigned line of the category becomes theirs with it; else a new line is added
 * (unless the list is full, `max`).
 */
export function withPickedSize<
  G extends { key: string; category: string; size: string | null; customerId?: string | null },
>(
  gear: readonly G[],
  pick: { category: string; size: string; customerId: string | null },
  newLine: () => G,
  max: number,
): G[] {
  const own = gear.findIndex(
    (g) => g.category === pick.category && (g.customerId ?? null) === pick.customerId,
  );
  const at = own >= 0 ? own : gear.findIndex((g) => g.category === pick.category && !g.customerId);
  if (at >= 0) {
    return gear.map((g, i) =>
      i === at ? { ...g, size: pick.size, customerId: pick.customerId } : g,
    );
  }
  if (gear.length >= max) return [...gear];
  return [
    ...gear,
    { ...newLine(), category: pick.category, size: pick.size, customerId: pick.customerId },
  ];
}
