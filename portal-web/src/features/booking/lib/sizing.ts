import type { BookSizingQuery } from '../../../gql/graphql';

export { formatRange, formatSize } from '@plannivo/web-kit/booking';

/**
 * How the booking flow shows the API's size suggestions (modules/sizing in the API holds the
 * rules): which of a service's categories have a rule, how a stored size reads, and which
 * stocked size "choose" takes. The admin wizard has the same few lines.
 */

export type SizingAnswer = BookSizingQuery['sizingSuggestions'][number];

const SIZED = new Set(['KITE', 'BOARD', 'TWIN_TIP', 'WETSUIT']);

/** The categories of a service the API can size. */
export const sizedCategories = (categories: readonly string[]) =>
  [...new Set(categories)].filter((c) => SIZED.has(c));

/**
 * The stocked size "choose" takes: the first the API lists (sizes free at the time first,
 * nearest to the suggestion first) when one is free; null when none is, or without a size.
 */
export function sizeToChoose(answer: SizingAnswer): string | null {
  const first = answer.stock[0];
  if (!answer.size || !first) return null;
  const free = first.free ?? first.total;
  return free > 0 ? first.size : null;
}

/** A number typed in a field, or null when empty or not positive. */
export function positive(value: string | number | null | undefined): number | null {
  const number = typeof value === 'number' ? value : value ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? number : null;
}
