import { nameKey, readCsv, type CsvColumns, type CsvRow } from './csv.js';
import type { ImportProblemCode } from './report.js';

export type PackageColumn =
  | 'location'
  | 'name'
  | 'description'
  | 'validityDays'
  | 'price'
  | 'currency'
  | 'gift'
  | 'items'
  | 'active';

/** Package columns by their English and Turkish names (see `headerKey` for the matching). */
export const PACKAGE_COLUMNS: CsvColumns<PackageColumn> = {
  aliases: {
    location: ['location', 'locationid', 'locationname', 'konum', 'lokasyon', 'sube', 'tesis'],
    name: ['name', 'packagename', 'package', 'ad', 'adi', 'paket', 'paketadi', 'isim'],
    description: ['description', 'aciklama'],
    validityDays: [
      'validitydays',
      'validity',
      'validfordays',
      'gecerlilik',
      'gecerlilikgun',
      'gecerlilikgunu',
      'gecerliliksuresi',
      'gecerliliksuresigun',
    ],
    price: ['price', 'amount', 'fiyat', 'tutar', 'ucret'],
    currency: ['currency', 'parabirimi', 'doviz'],
    gift: ['gift', 'giftpackage', 'hediye', 'hediyepaketi'],
    items: ['items', 'services', 'contents', 'icerik', 'hizmetler', 'kalemler'],
    active: ['active', 'onsale', 'aktif', 'satista', 'satistami'],
  },
  required: {
    location: 'location or konum',
    name: 'name or paket adı',
    validityDays: 'validity days or geçerlilik (gün)',
    price: 'price or fiyat',
    items: 'items or içerik',
  },
};

export type PackageCsvRow = CsvRow<PackageColumn>;

/** Reads a package CSV into rows of cells; throws CsvFileError for a refused file. */
export const readPackageCsv = (file: Buffer | string): PackageCsvRow[] =>
  readCsv(file, PACKAGE_COLUMNS);

/** A cell that cannot be read, with the code and English reason of the report. */
export interface CellProblem {
  code: ImportProblemCode;
  message: string;
  value?: string;
}

type Read<T> = { ok: true; value: T } | ({ ok: false } & CellProblem);
const problem = (code: ImportProblemCode, message: string, value?: string) =>
  ({ ok: false, code, message, ...(value === undefined ? {} : { value }) }) as const;

/**
 * An amount as people write prices, in minor units of a currency with `digits` decimals
 * (2 for TRY and EUR, 0 for JPY). Accepted: "4500", "4500.00", "4500,00", "4.500,00",
 * "4,500.00", "4 500,00", "1.234.567". The rules, so no price is silently misread:
 * - when both "." and "," appear, the last one is the decimal mark, the other groups
 *   thousands ("4.500,50" and "4,500.50" are both 4500.50);
 * - one mark appearing several times groups thousands ("1.234.567");
 * - one mark appearing once is the decimal mark ("4500,5" is 4500.50), except with exactly
 *   three digits after it: "4.500" and "4,500" could mean 4.5 or 4500, and are refused
 *   (AMBIGUOUS_AMOUNT) unless the currency has no decimals;
 * - thousands groups have exactly three digits; no sign, no currency symbol; more decimals
 *   than the currency has is TOO_MANY_DECIMALS.
 */
export function parseAmount(text: string, digits: number, currency: string): Read<number> {
  const cell = text.trim();
  if (!cell) return problem('REQUIRED', 'is required');
  if (/^[-−]/.test(cell)) return problem('OUT_OF_RANGE', 'must be 0 or more');
  const formatHint = 'is not an amount; write it as 4500,00 or 4500.00';
  if (!/^\d[\d., \u00a0\u202f']*$/.test(cell) || !/\d$/.test(cell)) {
    return problem('INVALID_FORMAT', formatHint);
  }
  const lastDot = cell.lastIndexOf('.');
  const lastComma = cell.lastIndexOf(',');
  const count = (mark: string) => cell.split(mark).length - 1;
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else {
    const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (mark && count(mark) === 1) {
      const after = cell.length - cell.lastIndexOf(mark) - 1;
      if (after !== 3) decimalMark = mark;
      else if (digits > 0) {
        const [before, after3] = cell.split(mark) as [string, string];
        return problem(
          'AMBIGUOUS_AMOUNT',
          `could be ${before}${after3} or ${before}.${after3}; write it with decimals, e.g. ${before}${after3},00`,
          cell,
        );
      }
    }
  }
  let whole = cell;
  let fraction = '';
  if (decimalMark) {
    if (count(decimalMark) !== 1) return problem('INVALID_FORMAT', formatHint);
    const at = cell.lastIndexOf(decimalMark);
    whole = cell.slice(0, at);
    fraction = cell.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return problem('INVALID_FORMAT', formatHint);
  }
  // What is left of the whole part: digits, grouped by one kind of separator or not at all.
  // Thousands are grouped by one kind of mark: ".", ",", a space (also the no-break ones
  // spreadsheets write) or the Swiss apostrophe.
  const groups = whole.split(/[., \u00a0\u202f']/);
  const separators = new Set(whole.replace(/\d/g, '').split(''));
  const validGroups =
    groups.length === 1
      ? /^\d+$/.test(whole)
      : separators.size === 1 &&
        /^\d{1,3}$/.test(groups[0]!) &&
        groups.slice(1).every((g) => /^\d{3}$/.test(g));
  if (!validGroups) return problem('INVALID_FORMAT', formatHint);
  if (fraction.length > digits) {
    return problem(
      'TOO_MANY_DECIMALS',
      digits
        ? `has more than ${digits} decimals, which ${currency} has`
        : `${currency} has no decimals`,
      currency,
    );
  }
  const minor = Number(groups.join('')) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
  if (!Number.isSafeInteger(minor)) return problem('OUT_OF_RANGE', 'is too large');
  return { ok: true, value: minor };
}

/** A whole number of days, e.g. "90"; empty is REQUIRED. */
export function parseWholeNumber(text: string): Read<number> {
  const cell = text.trim();
  if (!cell) return problem('REQUIRED', 'is required');
  if (!/^\d{1,9}$/.test(cell)) return problem('INVALID_FORMAT', 'is not a whole number');
  return { ok: true, value: Number(cell) };
}

const YES = new Set(['yes', 'y', 'true', '1', 'evet', 'e', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'hayir', 'h']);

/** yes/no in English or Turkish ("Evet", "HAYIR", "hayir"), true/false, 1/0; empty is `empty`. */
export function parseYesNo(text: string, empty: boolean): Read<boolean> {
  const key = nameKey(text);
  if (!key) return { ok: true, value: empty };
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return problem('INVALID_FORMAT', 'must be yes or no (evet or hayır)');
}

/** One entry of the items cell: a service's name and how many sessions (or hours) of it. */
export interface ItemEntry {
  serviceName: string;
  quantity: number;
}

/**
 * The items cell: entries separated by ";" (or "|", or line breaks inside the quoted cell),
 * each "Service name x 10" ("×" and "X" too; a name alone is one). Names are matched to
 * services by the caller.
 */
export function parseItems(text: string): Read<ItemEntry[]> {
  const entries = text
    .split(/[;|\n\r]/)
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length) return problem('REQUIRED', 'a package holds at least one service');
  const items: ItemEntry[] = [];
  for (const entry of entries) {
    const match = /^(?:(.*?)\s+)?[xX×*]\s*(\d+)$/.exec(entry);
    const serviceName = (match ? (match[1] ?? '') : entry).trim();
    if (!serviceName) {
      return problem(
        'INVALID_FORMAT',
        `"${entry}" has no service name; write "Service x 10"`,
        entry,
      );
    }
    items.push({ serviceName, quantity: match ? Number(match[2]) : 1 });
  }
  return { ok: true, value: items };
}
