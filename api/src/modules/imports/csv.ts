import { parse } from 'csv-parse/sync';

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
 * A name as a person means it, for matching names typed in a file against records: case
 * folded the Turkish way ("İ" → "i", "I" → "ı"), then dotless "ı" taken as "i", so "KITE
 * DERSİ", "Kite dersi" and "KITE DERSI" (typed on an English keyboard) are one name, while
 * "ş", "ç", "ğ", "ö" and "ü" stay distinct letters. Runs of spaces count as one.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i');
}

/**
 * The file as text: UTF-8 with or without a BOM. A Buffer must be valid UTF-8; text that
 * holds NUL characters, or replacement characters left by an earlier failed decoding, is a
 * binary or wrongly encoded file (UTF-16 exports, spreadsheets saved as .xlsx).
 */
export function decodeCsv(file: Buffer | string): string {
  const bytes = typeof file === 'string' ? Buffer.byteLength(file, 'utf8') : file.length;
  if (bytes > MAX_IMPORT_BYTES) throw tooLarge();
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

export const tooLarge = () =>
  new CsvFileError('TOO_LARGE', 'The file is larger than 20 MB; split it into parts');

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

/** The columns one kind of file knows, and how a person recognises each. */
export interface CsvColumns<C extends string> {
  /**
   * Header names each column is recognised by, English and Turkish, compared after
   * `headerKey`, so "Doğum Tarihi", "birth_date" and "E-posta" all match.
   */
  aliases: Record<C, readonly string[]>;
  /** Columns a file must have, each with the names to suggest when it is missing. */
  required: Partial<Record<C, string>>;
}

/** One data row: its spreadsheet line (the header is line 1) and its trimmed cells by column. */
export interface CsvRow<C extends string> {
  line: number;
  cells: Partial<Record<C, string>>;
  /** Cells beyond the header's columns that hold something, with the row's cell count. */
  extra: { cells: number; header: number } | null;
}

/**
 * Reads a CSV file into rows of cells by column (see `decodeCsv` and `detectDelimiter` for the
 * accepted forms; csv-parse does the quoting). Blank rows are skipped but keep their line
 * numbers, as a spreadsheet shows them.
 * Throws CsvFileError for a file that cannot be imported at all: empty or header only, not
 * text, too large, not valid CSV, or a header with unknown, repeated or missing columns.
 */
export function readCsv<C extends string>(
  file: Buffer | string,
  columns: CsvColumns<C>,
): CsvRow<C>[] {
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
  const byIndex = mapHeader(header, columns);
  const rows: CsvRow<C>[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => !cell.trim())) return;
    const row: CsvRow<C> = { line: index + 2, cells: {}, extra: null };
    byIndex.forEach((column, i) => {
      if (column) row.cells[column] = (cells[i] ?? '').trim();
    });
    if (cells.slice(byIndex.length).some((cell) => cell.trim())) {
      row.extra = { cells: cells.length, header: byIndex.length };
    }
    rows.push(row);
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

/** The column of each header cell (null for a blank one, ignored). */
function mapHeader<C extends string>(header: string[], spec: CsvColumns<C>): Array<C | null> {
  const byKey = new Map<string, C>(
    (Object.entries(spec.aliases) as Array<[C, readonly string[]]>).flatMap(([column, aliases]) =>
      aliases.map((alias) => [alias, column] as const),
    ),
  );
  const columns = header.map((cell) => (cell.trim() ? (byKey.get(headerKey(cell)) ?? null) : null));
  const unknown = header.filter((cell, i) => cell.trim() && !columns[i]).map((c) => c.trim());
  if (unknown.length) {
    throw new CsvFileError(
      'HEADER',
      `Unknown ${unknown.length === 1 ? 'column' : 'columns'}: ${unknown.join(', ')}. ` +
        `Known columns: ${Object.keys(spec.aliases).join(', ')} (or their Turkish names)`,
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
  const missing = (Object.entries(spec.required) as Array<[C, string]>).filter(
    ([column]) => !columns.includes(column),
  );
  if (missing.length) {
    const list = missing.map(([column, hint]) => `no ${column} column (${hint})`).join(', ');
    throw new CsvFileError(
      'HEADER',
      `The header has ${list}; the first line must name the columns`,
    );
  }
  return columns;
}
