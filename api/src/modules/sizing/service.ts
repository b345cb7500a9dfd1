import type { ServiceContext } from '../../context.js';
import { badInput, type FieldErrors } from '../../errors.js';
import { categoryKey, equipmentStock, freeEquipment } from '../equipment/service.js';
import { getLocation } from '../locations/service.js';
import { inRange, nearestFirst, suggestSize, type Suggestion } from './rules.js';

/** What a rider brings to the question, and where and when the gear is wanted. */
export interface SizingInput {
  locationId: string;
  /** Equipment categories, any spelling the equipment module reads ("kite", "Wetsuit"). */
  categories: readonly string[];
  weightKg?: number | null;
  heightCm?: number | null;
  windKnots?: number | null;
  /** With `endsAt`: count the items free over [startsAt, endsAt), not only those in stock. */
  startsAt?: Date | null;
  endsAt?: Date | null;
}

/** One stocked size of a category at the location. */
export interface SizingStock {
  size: string;
  /** Items of the size that are not retired. */
  total: number;
  /** Of those, free over the asked time (in service, no booking, rental or maintenance); null without a time. */
  free: number | null;
  /** Within the suggestion's range. */
  inRange: boolean;
  /** The suggested size itself. */
  suggested: boolean;
}

export interface SizingSuggestion extends Suggestion {
  /** The location's sizes of the category that have a size, nearest to the suggestion first. */
  stock: SizingStock[];
}

/** The limits of the inputs: the customer record's for body measures, a storm for wind. */
export const SIZING_LIMITS = {
  weightKg: [10, 250],
  heightCm: [50, 250],
  windKnots: [0, 80],
} as const;
export const SIZING_MAX_CATEGORIES = 10;
/** The longest time free items are counted over: a long rental. */
const MAX_SPAN_MS = 31 * 24 * 3_600_000;

/**
 * Size suggestions for a rider at a location, one per category asked (rules.ts: kite from
 * weight and wind, twin-tip from weight, wetsuit from height and weight; other categories
 * have no rule), each with the location's stocked sizes of the category nearest to the
 * suggestion first, and, when a time is given, how many of each are free then. Any signed-in
 * caller may ask (students size themselves); it reads the gear catalog only and writes nothing.
 * Errors: BAD_USER_INPUT naming each refused field (an unknown location on `locationId`, a
 * measure out of range, an unreadable or missing category, a time without its end).
 */
export async function sizingSuggestions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SizingInput;
}): Promise<SizingSuggestion[]> {
  const problems: FieldErrors = {};
  for (const field of ['weightKg', 'heightCm', 'windKnots'] as const) {
    const value = input[field];
    const [min, max] = SIZING_LIMITS[field];
    if (value != null && (!Number.isFinite(value) || value < min || value > max)) {
      problems[field] = `must be ${min} to ${max}`;
    }
  }
  const categories = [...new Set(input.categories.map((c) => categoryKey(c)))];
  if (!input.categories.length || input.categories.length > SIZING_MAX_CATEGORIES) {
    problems.categories = `must name 1 to ${SIZING_MAX_CATEGORIES} categories`;
  } else if (categories.includes(null)) {
    problems.categories = 'must be categories such as KITE or WETSUIT';
  }
  const { startsAt = null, endsAt = null } = input;
  if ((startsAt === null) !== (endsAt === null)) {
    problems[startsAt ? 'endsAt' : 'startsAt'] = 'must be given with the other end of the time';
  } else if (startsAt && endsAt) {
    if (!(startsAt < endsAt)) problems.endsAt = 'must be after startsAt';
    else if (endsAt.getTime() - startsAt.getTime() > MAX_SPAN_MS) {
      problems.endsAt = 'must be at most 31 days after startsAt';
    }
  }
  const location = await getLocation({ ctx, id: input.locationId });
  if (!location) problems.locationId = 'is not a location';
  if (Object.keys(problems).length) throw badInput(problems);

  const stock = await equipmentStock(ctx.db, location!.id);
  const body = { weightKg: input.weightKg, heightCm: input.heightCm, windKnots: input.windKnots };
  const answers: SizingSuggestion[] = [];
  for (const category of categories as string[]) {
    const suggestion = suggestSize(category, body);
    let freeBySize: Map<string, number> | null = null;
    if (startsAt && endsAt) {
      freeBySize = new Map();
      const free = await freeEquipment(ctx.db, {
        locationId: location!.id,
        category,
        startsAt,
        endsAt,
        now: ctx.now(),
      });
      for (const item of free) {
        if (item.size) freeBySize.set(item.size, (freeBySize.get(item.size) ?? 0) + 1);
      }
    }
    const sizes = stock.flatMap((row) => {
      if (row.category !== category || !row.size) return [];
      const free = freeBySize ? (freeBySize.get(row.size) ?? 0) : null;
      return [
        {
          size: row.size,
          total: row.total,
          free,
          available: free === null ? row.total > 0 : free > 0,
          inRange: inRange(row.size, suggestion.rangeFrom, suggestion.rangeTo),
          suggested: row.size === suggestion.size,
        },
      ];
    });
    answers.push({
      ...suggestion,
      stock: nearestFirst(sizes, suggestion.size).map(({ available: _, ...entry }) => entry),
    });
  }
  return answers;
}
