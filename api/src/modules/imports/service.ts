import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { recordAudit } from '../audit/service.js';
import { checkCustomerFields, type CustomerValues } from '../customers/fields.js';
import { customersTable } from '../customers/schema.js';
import { CsvFileError, readCustomerCsv } from './customer-csv.js';

// Arbitrary, fixed: one import commits at a time, so two uploads of one file cannot both pass
// the "a customer with this email exists" check.
const IMPORT_LOCK_ID = 727_101;
const INSERT_BATCH = 500;
const LOOKUP_BATCH = 1000;

export type ImportRowStatus = 'VALID' | 'INVALID' | 'CREATED';

export interface ImportProblem {
  /** The customer field (email, birthDate …); null for the row as a whole. */
  field: string | null;
  message: string;
}

export interface ImportReportRow {
  /** As a spreadsheet numbers it: the header is line 1. */
  line: number;
  status: ImportRowStatus;
  errors: ImportProblem[];
  name: string | null;
}

export interface CustomerImportReport {
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

interface CheckedRow {
  line: number;
  name: string | null;
  values: CustomerValues;
  problems: ImportProblem[];
}

/**
 * Imports customer records from a CSV file (UTF-8, `,` or `;`, header names in English or
 * Turkish; see customer-csv.ts). Every row is checked like a new record, and an email used
 * twice in the file or by an existing record refuses the row. A dry run writes nothing.
 * Otherwise the valid rows are inserted in one transaction with one `customer.imported` audit
 * row holding counts only; with `allOrNothing`, one invalid row means nothing is written.
 * Errors: BAD_USER_INPUT (with `reason` CSV_EMPTY, CSV_NOT_TEXT, CSV_TOO_LARGE, CSV_MALFORMED
 * or CSV_HEADER) when the file as a whole cannot be imported; nothing is written then.
 */
export async function importCustomers({
  ctx,
  file,
  dryRun,
  allOrNothing = false,
}: {
  ctx: ImportContext;
  file: Buffer | string;
  dryRun: boolean;
  allOrNothing?: boolean | null;
}): Promise<CustomerImportReport> {
  const now = ctx.now();
  const rows = checkRows(file, now.toISOString().slice(0, 10));
  const all = Boolean(allOrNothing);
  const validate = (db: DbOrTx) => flagExistingEmails(db, rows);
  if (dryRun) {
    await validate(ctx.db);
    return report(rows, { dryRun, allOrNothing: all, created: false });
  }
  return withTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_ID})`);
    await validate(tx);
    const valid = rows.filter((r) => !r.problems.length);
    if (!valid.length || (all && valid.length < rows.length)) {
      return report(rows, { dryRun, allOrNothing: all, created: false });
    }
    for (let i = 0; i < valid.length; i += INSERT_BATCH) {
      await tx.insert(customersTable).values(
        valid.slice(i, i + INSERT_BATCH).map((r) => ({
          ...r.values,
          name: r.values.name!,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    const result = report(rows, { dryRun, allOrNothing: all, created: true });
    await recordAudit(
      tx,
      // The command has no viewer: its rows name no user, and its request id says "command".
      { userId: ctx.viewer?.userId ?? null, ip: ctx.ip, requestId: ctx.requestId },
      {
        action: 'customer.imported',
        entityType: 'customer',
        // Counts only: the file's contents are personal data.
        data: {
          totalRows: result.totalRows,
          created: result.created,
          invalidRows: result.invalidRows,
          allOrNothing: all,
        },
      },
      now,
    );
    return result;
  });
}

/** The file's rows with their values and problems, duplicates inside the file included. */
function checkRows(file: Buffer | string, today: string): CheckedRow[] {
  let parsed;
  try {
    parsed = readCustomerCsv(file);
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    throw new DomainError('BAD_USER_INPUT', error.message, {
      fields: { csv: error.message },
      reason: `CSV_${error.reason}`,
      ...(error.columns.length ? { columns: error.columns } : {}),
    });
  }
  const firstLineByEmail = new Map<string, number>();
  return parsed.map(({ line, input, problems: cellProblems }) => {
    const { values, problems } = checkCustomerFields(input, { creating: true, today });
    const all = { ...problems, ...cellProblems };
    const email = values.email?.toLowerCase();
    if (email) {
      const first = firstLineByEmail.get(email);
      if (first === undefined) firstLineByEmail.set(email, line);
      else all.email = `same email as line ${first}`;
    }
    return {
      line,
      name: values.name ?? (input.name?.trim() || null),
      values,
      problems: Object.entries(all).map(([field, message]) => ({
        field: field === 'row' ? null : field,
        message,
      })),
    };
  });
}

/** Adds "a customer with this email exists" to rows whose email a live record already has. */
async function flagExistingEmails(db: DbOrTx, rows: CheckedRow[]) {
  const emails = [
    ...new Set(rows.flatMap((r) => (r.values.email ? [r.values.email.toLowerCase()] : []))),
  ];
  const taken = new Set<string>();
  const lower = sql<string>`lower(${customersTable.email})`;
  for (let i = 0; i < emails.length; i += LOOKUP_BATCH) {
    const found = await db
      .select({ email: lower })
      .from(customersTable)
      .where(
        and(inArray(lower, emails.slice(i, i + LOOKUP_BATCH)), isNull(customersTable.mergedIntoId)),
      );
    for (const { email } of found) taken.add(email);
  }
  for (const row of rows) {
    const email = row.values.email?.toLowerCase();
    if (email && taken.has(email) && !row.problems.some((p) => p.field === 'email')) {
      row.problems.push({ field: 'email', message: 'a customer with this email exists' });
    }
  }
}

function report(
  rows: CheckedRow[],
  options: { dryRun: boolean; allOrNothing: boolean; created: boolean },
): CustomerImportReport {
  const invalidRows = rows.filter((r) => r.problems.length).length;
  const validRows = rows.length - invalidRows;
  const created = options.created ? validRows : 0;
  const message = options.dryRun
    ? `Dry run: ${validRows} of ${rows.length} rows can be imported, ${invalidRows} have problems; nothing was written`
    : created
      ? `Imported ${created} ${created === 1 ? 'customer' : 'customers'}${invalidRows ? `; ${invalidRows} rows with problems were skipped` : ''}`
      : validRows
        ? `Nothing was imported: ${invalidRows} rows have problems and all-or-nothing was asked`
        : `Nothing was imported: no row is valid`;
  return {
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
