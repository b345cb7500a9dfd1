import { parse } from 'csv-parse/sync';
import type { CustomerFieldsInput } from '../customers/fields.js';

/** Whole-file limits: beyond them a file is refused before any row is looked at. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

/** Why a whole file is refused; clients translate these, the message is English. */
export type CsvFileProblem = 'EMPTY' | 'NOT_TEXT' | 'TOO_LARGE' | 'MALFORMED' | 'HEADER';

export class CsvFileError extends Error {
  constructor(
    readonly reason: CsvFileProblem,
    message: string,
    readonly columns: string[] = [],
  ) {
    super(message);
    this.name = 'CsvFileError';
  }
}

export type CustomerColumn = keyof CustomerFieldsInput;

/**
 * Header names each field is recognised by, English and Turkish, compared after `headerKey`
 * (lower case, Turkish letters folded to ASCII, spaces, dashes and underscores dropped), so
 * "Doğum Tarihi", "birth_date" and "E-posta" all match.
 */
const COLUMN_ALIASES: Record<CustomerColumn, readonly string[]> = {
  name: ['name', 'fullname', 'adsoyad', 'ad', 'adisoyadi', 'isim'],
  email: ['email', 'emailaddress', 'eposta', 'epostaadresi', 'mail'],
  phone: ['phone', 'phonenumber', 'mobile', 'telefon', 'tel', 'ceptelefonu'],
  birthDate: ['birthdate', 'dateofbirth', 'dogumtarihi'],
  emergencyContactName: ['emergencycontactname', 'emergencycontact', 'acildurumkisisi'],
  emergencyContactPhone: ['emergencycontactphone', 'acildurumtelefonu'],
  weightKg: ['weightkg', 'weight', 'kilo', 'agirlik'],
  heightCm: ['heightcm', 'height', 'boy'],
  tags: ['tags', 'etiketler', 'etiket'],
  notes: ['notes', 'notlar', 'not'],
  skills: ['skills', 'beceriler', 'seviyeler'],
};
const COLUMN_BY_KEY = new Map(
  Object.entries(COLUMN_ALIASES).flatMap(([column, aliases]) =>
    aliases.map((alias) => [alias, column as CustomerColumn]),
  ),
);

const FOLD: Record<string, string> = { ı: 'i', ğ: 'g', ü: 'u', ş: 's', ö: 'o', ç: 'c' };

/** A header cell reduced to what identifies it: "Doğum Tarihi" → "dogumtarihi". */
export function headerKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase() // "İ" becomes "i" plus a combining dot, removed below
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ığüşöç]/g, (c) => FOLD[c]!)
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The file as text: UTF-8 with or without a BOM. A Buffer must be valid UTF-8; text that
 * holds NUL characters, or replacement characters left by an earlier failed decoding, is a
 * binary or wrongly encoded file (UTF-16 exports, spreadsheets saved as .xlsx).
 */
export function decodeCsv(file: Buffer | string): string {
  const bytes = typeof file === 'string' ? Buffer.byteLength(file, 'utf8') : file.length;
  if (bytes > MAX_IMPORT_BYTES) {
    throw new CsvFileError('TOO_LARGE', 'The file is larger than 20 MB; split it into parts');
  }
  let text: string;
  if (typeof file === 'string') text = file;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file);
    } catch {
      throw notText();
    }
  }
  if (text.includes('\u0000') || text.includes('\ufffd')) throw notText();
  text = text.replace(/^\ufeff/, '');
  if (!text.trim()) throw new CsvFileError('EMPTY', 'The file is empty');
  return text;
}

const notText = () =>
  new CsvFileError(
    'NOT_TEXT',
    'The file is not UTF-8 text (it looks binary); save it from the spreadsheet as "CSV UTF-8"',
  );

/** `;` when the header line holds more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** One data row: its spreadsheet line (the header is line 1) and its cells by field. */
export interface CsvCustomerRow {
  line: number;
  input: CustomerFieldsInput;
  /** Problems found while reading the cells (a number that is not one, extra cells). */
  problems: Record<string, string>;
}

/**
 * Reads a customer CSV into rows ready for `checkCustomerFields`. Blank rows are skipped but
 * keep their line numbers, as a spreadsheet shows them.
 * Throws CsvFileError for a file that cannot be imported at all.
 */
export function readCustomerCsv(file: Buffer | string): CsvCustomerRow[] {
  const text = decodeCsv(file);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const reason = (error as Error).message.replace(/^[^:]*: /, '');
    throw new CsvFileError('MALFORMED', `The file is not a valid CSV file: ${reason}`);
  }
  const [header = [], ...data] = records;
  const columns = mapHeader(header);
  const rows: CsvCustomerRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => !cell.trim())) return;
    rows.push({ line: index + 2, ...readRow(cells, columns) });
  });
  if (!rows.length) throw new CsvFileError('EMPTY', 'The file has a header but no rows');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new CsvFileError(
      'TOO_LARGE',
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split it into parts`,
    );
  }
  return rows;
}

/** The field of each header cell (null for a blank one, ignored). */
function mapHeader(header: string[]): Array<CustomerColumn | null> {
  const columns = header.map((cell) =>
    cell.trim() ? (COLUMN_BY_KEY.get(headerKey(cell)) ?? null) : null,
  );
  const unknown = header.filter((cell, i) => cell.trim() && !columns[i]).map((c) => c.trim());
  if (unknown.length) {
    throw new CsvFileError(
      'HEADER',
      `Unknown ${unknown.length === 1 ? 'column' : 'columns'}: ${unknown.join(', ')}. ` +
        `Known columns: ${Object.keys(COLUMN_ALIASES).join(', ')} (or their Turkish names)`,
      unknown,
    );
  }
  const twice = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  if (twice.length) {
    const names = header.filter((_, i) => columns[i] === twice[0]).map((c) => c.trim());
    throw new CsvFileError(
      'HEADER',
      `Columns ${names.join(' and ')} both mean ${twice[0]}; keep one`,
      names,
    );
  }
  if (!columns.includes('name')) {
    throw new CsvFileError(
      'HEADER',
      'The header has no name column (name, ad soyad or ad); the first line must name the columns',
    );
  }
  return columns;
}

function readRow(cells: string[], columns: Array<CustomerColumn | null>) {
  const input: CustomerFieldsInput = {};
  const problems: Record<string, string> = {};
  const extra = cells.slice(columns.length).filter((cell) => cell.trim());
  if (extra.length) problems.row = `has ${cells.length} cells, the header ${columns.length}`;
  columns.forEach((column, i) => {
    if (!column) return;
    const cell = (cells[i] ?? '').trim();
    switch (column) {
      case 'weightKg':
      case 'heightCm': {
        const number = cell ? Number(cell.replace(',', '.')) : null;
        if (number !== null && !Number.isFinite(number)) problems[column] = 'is not a number';
        else input[column] = number;
        break;
      }
      case 'birthDate':
        input.birthDate = isoDate(cell);
        break;
      case 'tags':
        input.tags = cell ? cell.split(/[|,]/) : [];
        break;
      case 'skills':
        input.skills = cell
          ? cell
              .split(/[|,]/)
              .filter((s) => s.trim())
              .map((skill) => {
                const [discipline = '', level = ''] = skill.split(':');
                return {
                  discipline: discipline.trim().toUpperCase(),
                  level: level.trim().toUpperCase(),
                };
              })
          : [];
        break;
      default:
        input[column] = cell || null;
    }
  });
  return { input, problems };
}

/** "31.12.1990" and "31/12/1990" (Turkish order) as "1990-12-31"; anything else unchanged. */
function isoDate(cell: string): string | null {
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(cell);
  if (!match) return cell || null;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
