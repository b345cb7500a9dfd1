/**
 * The equipment categories Plannivo has words for, in the order the service form offers them;
 * the API accepts any other key, which is shown humanised.
 */
export const EQUIPMENT_CATEGORIES = [
  'KITE',
  'BAR',
  'BOARD',
  'HARNESS',
  'WETSUIT',
  'HELMET',
  'IMPACT_VEST',
  'WING',
  'FOIL_BOARD',
  'SUP',
  'SURFBOARD',
  'PADDLE',
  'SAIL',
  'BOAT',
] as const;
export type EquipmentCategory = (typeof EQUIPMENT_CATEGORIES)[number];

/** True for a category with its own words (`gear.categories.KITE`); else humanise the key. */
export const isKnownCategory = (key: string): key is EquipmentCategory =>
  (EQUIPMENT_CATEGORIES as readonly string[]).includes(key);

/** `KITE_PUMP` → `Kite pump`. */
export function humanizeCategory(key: string): string {
  const words = key
    .toLowerCase()
    .split(/[_\s]+/)
    .filter(Boolean)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The stocked sizes of each category, in the API's order (by size). */
export function sizesByCategory(
  rows: readonly { category: string; size: string | null }[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.size) continue;
    const list = map.get(row.category) ?? [];
    if (!list.includes(row.size)) list.push(row.size);
    map.set(row.category, list);
  }
  return map;
}
