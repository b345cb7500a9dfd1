/**
 * Sizing rules of thumb: a first size for a rider's kite, twin-tip board and wetsuit, for staff
 * and students to start from. Pure functions over plain numbers; the service adds the stock.
 * The instructor on the beach still decides: gusts, water state, board style and skill all
 * move the answer. Each answer names its rule as a reason code with the numbers it used, so
 * the apps word it in their own language.
 */

/** Categories with a rule; TWIN_TIP is the board rule under its own name. */
export const SIZED_CATEGORIES = ['KITE', 'BOARD', 'TWIN_TIP', 'WETSUIT'] as const;

export type SizingReasonCode =
  /** Kite: weight × 2.2 ÷ wind, rounded to a whole square metre. */
  | 'KITE_RULE'
  /** Kite: the rule gives less than the smallest school kite; the smallest is offered. */
  | 'KITE_SMALLEST'
  /** Kite: the rule gives more than the largest school kite; the largest is offered. */
  | 'KITE_LARGEST'
  /** Kite: under KITE_MIN_WIND knots nobody rides a school kite; no size. */
  | 'WIND_TOO_LIGHT'
  /** Kite: over KITE_MAX_WIND knots there are no lessons or rentals; no size. */
  | 'WIND_TOO_STRONG'
  /** Twin-tip: the length band of the rider's weight. */
  | 'BOARD_WEIGHT'
  /** Wetsuit: height and weight give the same size on the chart. */
  | 'WETSUIT_CHART'
  /** Wetsuit: height and weight give different sizes; the build (BMI) chose one. */
  | 'WETSUIT_BETWEEN'
  /** Wetsuit: from height alone (no weight given). */
  | 'WETSUIT_HEIGHT_ONLY'
  /** Wetsuit: from weight alone (no height given). */
  | 'WETSUIT_WEIGHT_ONLY'
  /** The rule needs the rider's weight. */
  | 'NEEDS_WEIGHT'
  /** The kite rule needs the wind. */
  | 'NEEDS_WIND'
  /** The wetsuit chart needs height or weight. */
  | 'NEEDS_BODY'
  /** No rule for this category (bars, helmets …): pick by eye. */
  | 'NO_RULE';

export const SIZING_REASON_CODES: readonly SizingReasonCode[] = [
  'KITE_RULE',
  'KITE_SMALLEST',
  'KITE_LARGEST',
  'WIND_TOO_LIGHT',
  'WIND_TOO_STRONG',
  'BOARD_WEIGHT',
  'WETSUIT_CHART',
  'WETSUIT_BETWEEN',
  'WETSUIT_HEIGHT_ONLY',
  'WETSUIT_WEIGHT_ONLY',
  'NEEDS_WEIGHT',
  'NEEDS_WIND',
  'NEEDS_BODY',
  'NO_RULE',
];

/** Why a size was suggested (or none): the rule and the numbers it used. */
export interface SizingReason {
  code: SizingReasonCode;
  /** Kite: the rule's area before rounding and clamping, to one decimal. */
  exactSize?: number;
  /** Kite: the wind limit crossed (WIND_TOO_LIGHT, WIND_TOO_STRONG). */
  windLimitKnots?: number;
  /** Board: the weight band in kg (null where it is open); see BOARD_BANDS. */
  bandMinKg?: number | null;
  bandMaxKg?: number | null;
  /** Wetsuit: the chart's size for the height and for the weight, and the body mass index. */
  heightSize?: string | null;
  weightSize?: string | null;
  bmi?: number | null;
}

export interface Suggestion {
  /** The category as asked, as a stored key (KITE, WETSUIT …). */
  category: string;
  /** A size label as the equipment module stores sizes: "9m", "138cm", "M"; null: none. */
  size: string | null;
  /** The sizes that also fit, smallest and largest (equal to `size` for a single size). */
  rangeFrom: string | null;
  rangeTo: string | null;
  reason: SizingReason;
}

export interface Body {
  weightKg?: number | null;
  heightCm?: number | null;
  windKnots?: number | null;
}

/**
 * Kites. The common rule of thumb of kite size charts and instructor courses: area in m² ≈ the
 * rider's weight in pounds ÷ the wind in knots, i.e. weight (kg) × 2.2 ÷ knots (75 kg in 18 kn:
 * 9.2 → a 9 m kite). It holds for a twin-tip in steady wind; it is clamped to the school's
 * kites, 5 to 17 m, and offered with one size either side. Level is deliberately not used:
 * schools teach beginners on the size the wind needs (a smaller kite underpowers them and
 * makes water starts harder), and the instructor, not a formula, handles gusts.
 * Wind under 8 kn is too light for a school kite; over 35 kn there are no lessons.
 */
export const KITE_MIN_M2 = 5;
export const KITE_MAX_M2 = 17;
export const KITE_MIN_WIND = 8;
export const KITE_MAX_WIND = 35;
const LB_PER_KG = 2.2;

export function kiteSize(body: Body): Suggestion {
  const base = { category: 'KITE', size: null, rangeFrom: null, rangeTo: null };
  const { weightKg, windKnots } = body;
  if (!weightKg) return { ...base, reason: { code: 'NEEDS_WEIGHT' } };
  if (windKnots == null) return { ...base, reason: { code: 'NEEDS_WIND' } };
  if (windKnots < KITE_MIN_WIND) {
    return { ...base, reason: { code: 'WIND_TOO_LIGHT', windLimitKnots: KITE_MIN_WIND } };
  }
  if (windKnots > KITE_MAX_WIND) {
    return { ...base, reason: { code: 'WIND_TOO_STRONG', windLimitKnots: KITE_MAX_WIND } };
  }
  const exact = (weightKg * LB_PER_KG) / windKnots;
  const exactSize = Math.round(exact * 10) / 10;
  // Rounded half up on the one-decimal value shown, so "9.5" and the size agree.
  const rounded = Math.floor(exactSize + 0.5);
  const size = Math.min(KITE_MAX_M2, Math.max(KITE_MIN_M2, rounded));
  const code: SizingReasonCode =
    rounded < KITE_MIN_M2 ? 'KITE_SMALLEST' : rounded > KITE_MAX_M2 ? 'KITE_LARGEST' : 'KITE_RULE';
  return {
    category: 'KITE',
    size: `${size}m`,
    rangeFrom: `${Math.max(KITE_MIN_M2, size - 1)}m`,
    rangeTo: `${Math.min(KITE_MAX_M2, size + 1)}m`,
    reason: { code, exactSize },
  };
}

/**
 * Twin-tip boards, by the rider's weight (the length bands of the usual brand charts): under
 * 60 kg 132–134 cm, 60 to under 75 kg 136–138 cm, 75 to 90 kg 138–141 cm, over 90 kg
 * 142–145 cm. The suggestion is the band's middle, rounded down to a whole centimetre.
 */
export const BOARD_BANDS: ReadonlyArray<{
  minKg: number | null;
  maxKg: number | null;
  fromCm: number;
  toCm: number;
}> = [
  { minKg: null, maxKg: 60, fromCm: 132, toCm: 134 },
  { minKg: 60, maxKg: 75, fromCm: 136, toCm: 138 },
  { minKg: 75, maxKg: 90, fromCm: 138, toCm: 141 },
  { minKg: 90, maxKg: null, fromCm: 142, toCm: 145 },
];

export function boardSize(body: Body, category = 'BOARD'): Suggestion {
  const { weightKg } = body;
  if (!weightKg) {
    return {
      category,
      size: null,
      rangeFrom: null,
      rangeTo: null,
      reason: { code: 'NEEDS_WEIGHT' },
    };
  }
  // "Over 90" starts above 90: 90 kg itself is still "75–90".
  const band = BOARD_BANDS[weightKg < 60 ? 0 : weightKg < 75 ? 1 : weightKg <= 90 ? 2 : 3]!;
  return {
    category,
    size: `${Math.floor((band.fromCm + band.toCm) / 2)}cm`,
    rangeFrom: `${band.fromCm}cm`,
    rangeTo: `${band.toCm}cm`,
    reason: { code: 'BOARD_WEIGHT', bandMinKg: band.minKg, bandMaxKg: band.maxKg },
  };
}

/**
 * A unisex wetsuit chart, as brand charts print it (O'Neill, ION, Rip Curl differ by a size
 * step at most). A row applies from its lower bounds up to the next row's.
 *
 * | size | height (cm) | weight (kg) |
 * | ---- | ----------- | ----------- |
 * | XS   | under 163   | under 55    |
 * | S    | 163–169     | 55–63       |
 * | M    | 170–176     | 64–72       |
 * | L    | 177–182     | 73–82       |
 * | XL   | 183–188     | 83–93       |
 * | XXL  | 189 and up  | 94 and up   |
 */
export const WETSUIT_CHART: ReadonlyArray<{ size: string; fromCm: number; fromKg: number }> = [
  { size: 'XS', fromCm: 0, fromKg: 0 },
  { size: 'S', fromCm: 163, fromKg: 55 },
  { size: 'M', fromCm: 170, fromKg: 64 },
  { size: 'L', fromCm: 177, fromKg: 73 },
  { size: 'XL', fromCm: 183, fromKg: 83 },
  { size: 'XXL', fromCm: 189, fromKg: 94 },
];

const chartIndex = (value: number, key: 'fromCm' | 'fromKg') =>
  WETSUIT_CHART.reduce((found, row, index) => (value >= row[key] ? index : found), 0);

/** The build at which a wetsuit between two sizes goes to the larger one. */
export const BROAD_BUILD_BMI = 25;

/**
 * Wetsuits: the chart's size for the height and for the weight. When they differ, the range
 * spans both and the body mass index (weight ÷ height²) breaks the tie: from BMI 25 up the
 * larger of the two (a broad build: a suit too tight restricts breathing and paddling), below
 * it the height's size (a slim build: a suit too short pulls at the shoulders, and neoprene
 * stretches over a light frame). With only one of the two, that one's size.
 */
export function wetsuitSize(body: Body): Suggestion {
  const { weightKg, heightCm } = body;
  const category = 'WETSUIT';
  if (!weightKg && !heightCm) {
    return { category, size: null, rangeFrom: null, rangeTo: null, reason: { code: 'NEEDS_BODY' } };
  }
  const byHeight = heightCm ? chartIndex(heightCm, 'fromCm') : null;
  const byWeight = weightKg ? chartIndex(weightKg, 'fromKg') : null;
  const label = (index: number | null) => (index === null ? null : WETSUIT_CHART[index]!.size);
  const single = (index: number, code: SizingReasonCode, bmi: number | null = null) => ({
    category,
    size: label(index),
    rangeFrom: label(index),
    rangeTo: label(index),
    reason: { code, heightSize: label(byHeight), weightSize: label(byWeight), bmi },
  });
  if (byHeight === null) return single(byWeight!, 'WETSUIT_WEIGHT_ONLY');
  if (byWeight === null) return single(byHeight, 'WETSUIT_HEIGHT_ONLY');
  const bmi = Math.round((weightKg! / (heightCm! / 100) ** 2) * 10) / 10;
  if (byHeight === byWeight) return single(byHeight, 'WETSUIT_CHART', bmi);
  const chosen = bmi >= BROAD_BUILD_BMI ? Math.max(byHeight, byWeight) : byHeight;
  return {
    category,
    size: label(chosen),
    rangeFrom: label(Math.min(byHeight, byWeight)),
    rangeTo: label(Math.max(byHeight, byWeight)),
    reason: {
      code: 'WETSUIT_BETWEEN',
      heightSize: label(byHeight),
      weightSize: label(byWeight),
      bmi,
    },
  };
}

/** The suggestion for a category key (see SIZED_CATEGORIES); NO_RULE for the others. */
export function suggestSize(category: string, body: Body): Suggestion {
  switch (category) {
    case 'KITE':
      return kiteSize(body);
    case 'BOARD':
    case 'TWIN_TIP':
      return boardSize(body, category);
    case 'WETSUIT':
      return wetsuitSize(body);
    default:
      return { category, size: null, rangeFrom: null, rangeTo: null, reason: { code: 'NO_RULE' } };
  }
}

const LETTERS = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];

/** A size as a point on its scale: a measure's number ("9m" → 9), a letter's rank, or null. */
export function sizePoint(label: string): { scale: 'measure' | 'letter'; value: number } | null {
  const letter = LETTERS.indexOf(label.trim().toUpperCase());
  if (letter >= 0) return { scale: 'letter', value: letter };
  const measure = /^(\d+(?:\.\d+)?)\s*(m|cm)?$/i.exec(label.trim());
  return measure ? { scale: 'measure', value: Number(measure[1]) } : null;
}

/** Whether `size` lies within [from, to] on their common scale. */
export function inRange(size: string, from: string | null, to: string | null): boolean {
  const point = sizePoint(size);
  const low = from ? sizePoint(from) : null;
  const high = to ? sizePoint(to) : null;
  if (!point || !low || !high || point.scale !== low.scale || point.scale !== high.scale) {
    return false;
  }
  return point.value >= low.value && point.value <= high.value;
}

/**
 * The stocked sizes, the ones that can be had first (some free, or any in stock when no time
 * was asked), each group nearest to the suggestion first; on a tie the smaller (easier for a
 * learner to handle). Sizes on another scale, or unreadable, come last in their given order.
 */
export function nearestFirst<T extends { size: string; available: boolean }>(
  sizes: readonly T[],
  suggested: string | null,
): T[] {
  const target = suggested ? sizePoint(suggested) : null;
  const distance = (size: string) => {
    const point = sizePoint(size);
    if (!target || !point || point.scale !== target.scale) return Number.POSITIVE_INFINITY;
    return Math.abs(point.value - target.value);
  };
  return sizes
    .map((entry, index) => ({ entry, index, distance: distance(entry.size) }))
    .sort(
      (a, b) =>
        Number(b.entry.available) - Number(a.entry.available) ||
        a.distance - b.distance ||
        (Number.isFinite(a.distance)
          ? sizePoint(a.entry.size)!.value - sizePoint(b.entry.size)!.value
          : 0) ||
        a.index - b.index,
    )
    .map((x) => x.entry);
}
