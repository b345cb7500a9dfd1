/**
 * A first guess at gear sizes from a student's weight and height, as a hint for staff: the
 * instructor still decides on the beach (wind, level and board style change the answer).
 * Null whenever the record lacks what the rule needs or the sizes are not readable.
 */

export interface Body {
  weightKg: number | null | undefined;
  heightCm: number | null | undefined;
}

/** The usual gear for a lesson of each discipline, by equipment category. */
export const USUAL_GEAR: Record<string, readonly string[]> = {
  KITE: ['KITE', 'BAR', 'BOARD', 'HARNESS', 'WETSUIT', 'HELMET', 'IMPACT_VEST'],
  WING: ['WING', 'FOIL_BOARD', 'WETSUIT', 'HELMET', 'IMPACT_VEST'],
  WINDSURF: ['SAIL', 'BOARD', 'HARNESS', 'WETSUIT'],
  SURF: ['SURFBOARD', 'WETSUIT'],
  SUP: ['SUP', 'PADDLE', 'WETSUIT'],
  SAILING: ['BOAT', 'WETSUIT'],
  DIVING: ['WETSUIT', 'BCD', 'REGULATOR', 'TANK'],
};

const LETTERS = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL'] as const;
const GARMENTS = new Set(['WETSUIT', 'HARNESS', 'HELMET', 'IMPACT_VEST']);

/** The number in a printed size: `9m` → 9, `138cm` → 138, `100l` → 100, `M` → null. */
function numberIn(size: string): number | null {
  const match = /^(\d+(?:[.,]\d+)?)\s*(m|cm|l)?$/i.exec(size.trim());
  return match ? Number(match[1]!.replace(',', '.')) : null;
}

function nearestNumeric(target: number, sizes: readonly string[]): string | null {
  let best: { size: string; distance: number } | null = null;
  for (const size of sizes) {
    const value = numberIn(size);
    if (value === null) continue;
    const distance = Math.abs(value - target);
    // On a tie the smaller size: easier to handle for a learner.
    if (!best || distance < best.distance) best = { size, distance };
  }
  return best?.size ?? null;
}

/** The letter size (index into LETTERS) of a body: height first, one up when heavy for it. */
function letterIndex(body: Body): number | null {
  const { heightCm, weightKg } = body;
  let index: number | null = null;
  if (heightCm)
    index = heightCm < 160 ? 1 : heightCm < 168 ? 2 : heightCm < 176 ? 3 : heightCm < 184 ? 4 : 5;
  else if (weightKg)
    index = weightKg < 55 ? 1 : weightKg < 65 ? 2 : weightKg < 78 ? 3 : weightKg < 90 ? 4 : 5;
  if (index !== null && heightCm && weightKg) {
    const bmi = weightKg / (heightCm / 100) ** 2;
    if (bmi >= 27) index += 1;
  }
  return index;
}

function nearestLetter(index: number, sizes: readonly string[]): string | null {
  let best: { size: string; distance: number } | null = null;
  for (const size of sizes) {
    const at = LETTERS.indexOf(size.trim().toUpperCase() as (typeof LETTERS)[number]);
    if (at < 0) continue;
    const distance = Math.abs(at - index);
    if (!best || distance < best.distance) best = { size, distance };
  }
  return best?.size ?? null;
}

/**
 * The stocked size closest to what suits the body, for the categories with a simple rule:
 * kites (about weight / 8 m² in a moderate wind), twin-tip boards (longer with weight), foil
 * boards (about weight + 30 litres for a learner) and garments (letter sizes by height).
 */
export function suggestedSize(
  category: string,
  body: Body,
  sizes: readonly string[],
): string | null {
  const key = category.toUpperCase();
  const weight = body.weightKg ?? null;
  if (key === 'KITE' || key === 'WING')
    return weight ? nearestNumeric(key === 'KITE' ? weight / 8 : weight / 15, sizes) : null;
  if (key === 'BOARD')
    return weight
      ? nearestNumeric(
          weight < 55 ? 132 : weight < 70 ? 135 : weight < 85 ? 138 : weight < 95 ? 141 : 145,
          sizes,
        )
      : null;
  if (key === 'FOIL_BOARD') return weight ? nearestNumeric(weight + 30, sizes) : null;
  if (GARMENTS.has(key)) {
    const index = letterIndex(body);
    return index === null ? null : nearestLetter(index, sizes);
  }
  return null;
}
