import type { ServiceContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { CsvFileError } from './csv.js';

/** What can be imported from a CSV file. */
export const IMPORT_KINDS = ['CUSTOMERS', 'PACKAGES', 'EQUIPMENT'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportRowStatus = 'VALID' | 'INVALID' | 'CREATED';

/**
 * Why a row is refused, as a code clients translate (the message is English):
 * - REQUIRED: an empty cell that must hold a value
 * - TOO_LONG: text over its length limit
 * - INVALID_FORMAT: not an email, phone, date, number, amount or yes/no
 * - OUT_OF_RANGE: a number outside its limits (a validity, a price, a weight, a quantity)
 * - TOO_MANY: more entries than allowed (tags, services in a package)
 * - UNKNOWN_VALUE: a value that is not one of the known ones (a discipline, a level); `value`
 * - DUPLICATE_VALUE: one entry given twice in a cell (a skill, a service); `value`
 * - DUPLICATE_IN_FILE: the same record as an earlier line; `otherLine`
 * - ALREADY_EXISTS: a record like it exists (a customer's email, a package's name, an item's
 *   brand and serial number)
 * - EXTRA_CELLS: more cells than the header has columns
 * - UNKNOWN_LOCATION / AMBIGUOUS_LOCATION: no location, or several, by that name; `value`
 * - CURRENCY_MISMATCH: not the location's currency; `value` is the location's
 * - AMBIGUOUS_AMOUNT: "4.500" or "4,500", which could be 4.5 or 4500
 * - TOO_MANY_DECIMALS: more decimals than the currency has; `value` is the currency
 * - UNKNOWN_SERVICE / AMBIGUOUS_SERVICE: no service, or several, of that name at the
 *   location; `value`
 * - INVALID: anything else (the message says what)
 */
export const IMPORT_PROBLEM_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'INVALID_FORMAT',
  'OUT_OF_RANGE',
  'TOO_MANY',
  'UNKNOWN_VALUE',
  'DUPLICATE_VALUE',
  'DUPLICATE_IN_FILE',
  'ALREADY_EXISTS',
  'EXTRA_CELLS',
  'UNKNOWN_LOCATION',
  'AMBIGUOUS_LOCATION',
  'CURRENCY_MISMATCH',
  'AMBIGUOUS_AMOUNT',
  'TOO_MANY_DECIMALS',
  'UNKNOWN_SERVICE',
  'AMBIGUOUS_SERVICE',
  'INVALID',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  /** The column's field (email, birthDate, price …); null for the row as a whole. */
  field: string | null;
  code: ImportProblemCode;
  /** English, e.g. "is not an email address". */
  message: string;
  /** The earlier line of a DUPLICATE_IN_FILE. */
  otherLine?: number | null;
  /** The value the code is about: the unknown service's name, the location's currency … */
  value?: string | null;
}

export interface ImportReportRow {
  /** As a spreadsheet numbers it: the header is line 1. */
  line: number;
  status: ImportRowStatus;
  errors: ImportProblem[];
  /** The name given on the row (a customer's, a package's), if any. */
  name: string | null;
}

export interface ImportReport {
  kind: ImportKind;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  created: number;
  dryRun: boolean;
  allOrNothing: boolean;
  /** One English sentence saying what happened (clients can build their own from the counts). */
  message: string;
  rows: ImportReportRow[];
}

/** What an import needs of its caller: a request, or the import command (no viewer). */
export type ImportContext = Pick<ServiceContext, 'db' | 'viewer' | 'ip' | 'requestId' | 'now'>;

/** What every import is asked. */
export interface ImportArgs {
  ctx: ImportContext;
  file: Buffer | string;
  dryRun: boolean;
  allOrNothing?: boolean | null;
}

/** A checked row of any kind: its line, its name and what is wrong with it. */
export interface CheckedRow {
  line: number;
  name: string | null;
  problems: ImportProblem[];
}

// Arbitrary, fixed: one import commits at a time, so two uploads of one file cannot both pass
// the "already exists" checks.
export const IMPORT_LOCK_ID = 727_101;

/** A whole-file refusal as the one BAD_USER_INPUT an import answers (`reason` CSV_*). */
export const fileRefusal = (error: CsvFileError) =>
  new DomainError('BAD_USER_INPUT', error.message, {
    fields: { csv: error.message },
    reason: `CSV_${error.reason}`,
    ...(error.columns.length ? { columns: error.columns } : {}),
  });

/** Throws a CsvFileError as its `fileRefusal`; other errors pass unchanged. */
export function asFileError(error: unknown): never {
  throw error instanceof CsvFileError ? fileRefusal(error) : error;
}

const NOUNS: Record<ImportKind, [string, string]> = {
  CUSTOMERS: ['customer', 'customers'],
  PACKAGES: ['package', 'packages'],
  EQUIPMENT: ['item', 'items'],
};

/** Whether a commit writes: some rows are valid and, with allOrNothing, none is invalid. */
export const writes = (rows: readonly CheckedRow[], allOrNothing: boolean) => {
  const valid = rows.filter((r) => !r.problems.length).length;
  return valid > 0 && !(allOrNothing && valid < rows.length);
};

/** The report of checked rows; `created` when the valid rows were written. */
export function buildReport(
  kind: ImportKind,
  rows: readonly CheckedRow[],
  options: { dryRun: boolean; allOrNothing: boolean; created: boolean },
): ImportReport {
  const invalidRows = rows.filter((r) => r.problems.length).length;
  const validRows = rows.length - invalidRows;
  const created = options.created ? validRows : 0;
  const [one, many] = NOUNS[kind];
  const message = options.dryRun
    ? `Dry run: ${validRows} of ${rows.length} rows can be imported, ${invalidRows} have problems; nothing was written`
    : created
      ? `Imported ${created} ${created === 1 ? one : many}${invalidRows ? `; ${invalidRows} rows with problems were skipped` : ''}`
      : validRows
        ? `Nothing was imported: ${invalidRows} rows have problems and all-or-nothing was asked`
        : `Nothing was imported: no row is valid`;
  return {
    kind,
    totalRows: rows.length,
    validRows,
    invalidRows,
    created,
    dryRun: options.dryRun,
    allOrNothing: options.allOrNothing,
    message,
    rows: rows.map((r) => ({
      line: r.line,
      status: r.problems.length ? 'INVALID' : options.created ? 'CREATED' : 'VALID',
      errors: r.problems,
      name: r.name,
    })),
  };
}

/** The audit data of an import: counts only (a customer file is personal data). */
export const auditCounts = (report: ImportReport) => ({
  totalRows: report.totalRows,
  created: report.created,
  invalidRows: report.invalidRows,
  allOrNothing: report.allOrNothing,
});
