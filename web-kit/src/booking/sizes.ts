/**
 * How a stored size reads (equipment sizes are stored as labels: "9m", "138cm", "M"), for the
 * sizing suggestions of the admin wizard and the portal's booking flow alike.
 */

const MEASURE = /^(\d+(?:\.\d+)?)(m|cm)$/;

/** A stored size as people read it: "9m" → "9 m", "4.5m" → "4,5 m" in Turkish, "M" as is. */
export function formatSize(size: string, language: string): string {
  const measure = MEASURE.exec(size);
  if (!measure) return size;
  return `${new Intl.NumberFormat(language).format(Number(measure[1]))} ${measure[2]}`;
}

/** A range as people read it: "8–10 m", "S–L", or one size when both ends are the same. */
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
