import type { BookSizingQuery } from '../../../gql/graphql';

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

const MEASURE = /^(\d+(?:\.\d+)?)(m|cm)$/;

/** "9m" → "9 m", "4.5m" → "4,5 m" in Turkish; letter sizes as they are. */
export function formatSize(size: string, language: string): string {
  const measure = MEASURE.exec(size);
  if (!measure) return size;
  return `${new Intl.NumberFormat(language).format(Number(measure[1]))} ${measure[2]}`;
}

/** "8–10 m", "S–L", or the one size when both ends are the same. */
export function formatRange(from: string, to: string, language: string): string {
  if (from === to) return formatSize(from, language);
  const a = MEASURE.exec(from);
  const b = MEASURE.exec(to);
  if (a && b && a[2] === b[2]) {
    const n = new Intl.NumberFormat(language);
    return `${n.format(Number(a[1]))}–${n.format(Number(b[1]))} ${a[2]}`;
  }
  return `${formatSize(from, language)}–${formatSize(to, language)}`;
}

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
