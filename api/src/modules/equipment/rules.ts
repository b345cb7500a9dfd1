/**
 * The equipment module's pure rules: how a category and a size are written, so that
 * "twin tip", "Twin-Tip" and "TWIN_TIP" are one category and "9 M" and "9m" one size. The
 * booking service and availability compare categories and sizes after these, never raw.
 */

/** Longest category key and size label. */
export const CATEGORY_MAX = 40;
export const SIZE_MAX = 20;
export const EQUIPMENT_NAME_MAX = 120;
export const EQUIPMENT_TEXT_MAX = 80;

/** Clothing sizes, smallest first; their order is the list order of harnesses and wetsuits. */
export const CLOTHING_SIZES = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'] as const;

const CATEGORY_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/**
 * The upper-case key of a category (`KITE`, `IMPACT_VEST`): Turkish and accented letters
 * folded to ASCII (ş → S, ı → I, é → E), spaces and dashes to `_`. Null when nothing usable
 * is left (empty, only symbols, starting with a digit) or when longer than CATEGORY_MAX.
 */
export function categoryKey(raw: string): string | null {
  const folded = raw
    .trim()
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[\s\-/]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  if (!folded || folded.length > CATEGORY_MAX || !CATEGORY_PATTERN.test(folded)) return null;
  return folded;
}

const MEASURE = /^(\d+(?:[.,]\d+)?)\s*(m|cm|mm|l|ft|in|kg|")?$/i;

/**
 * A size label as it is stored: whitespace collapsed; clothing sizes upper-case (`m` → `M`);
 * a number with a unit written without a space and a lower-case unit (`9 M` → `9m`,
 * `4,5m` → `4.5m`, `138 CM` → `138cm`); anything else (`5'8"`, `One size`) kept as typed.
 * Empty is null (no size).
 */
export function sizeLabel(raw: string | null | undefined): string | null {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const upper = text.toUpperCase();
  if ((CLOTHING_SIZES as readonly string[]).includes(upper)) return upper;
  const measure = MEASURE.exec(text);
  if (measure) return `${measure[1]!.replace(',', '.')}${(measure[2] ?? '').toLowerCase()}`;
  return text;
}
