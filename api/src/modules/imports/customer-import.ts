import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { recordAudit } from '../audit/service.js';
import {
  checkCustomerFields,
  type CustomerFieldsInput,
  type CustomerValues,
} from '../customers/fields.js';
import { customersTable } from '../customers/schema.js';
import { readCustomerCsv } from './customer-csv.js';
import {
  asFileError,
  auditCounts,
  buildReport,
  IMPORT_LOCK_ID,
  writes,
  type CheckedRow,
  type ImportArgs,
  type ImportProblem,
  type ImportProblemCode,
  type ImportReport,
} from './report.js';

const INSERT_BATCH = 500;
const LOOKUP_BATCH = 1000;

interface CheckedCustomer extends CheckedRow {
  values: CustomerValues;
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
}: ImportArgs): Promise<ImportReport> {
  const now = ctx.now();
  const rows = checkRows(file, now.toISOString().slice(0, 10));
  const all = Boolean(allOrNothing);
  const options = { dryRun, allOrNothing: all, created: false };
  if (dryRun) {
    await flagExistingEmails(ctx.db, rows);
    return buildReport('CUSTOMERS', rows, options);
  }
  return withTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_ID})`);
    await flagExistingEmails(tx, rows);
    if (!writes(rows, all)) return buildReport('CUSTOMERS', rows, options);
    const valid = rows.filter((r) => !r.problems.length);
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
    const result = buildReport('CUSTOMERS', rows, { ...options, created: true });
    await recordAudit(
      tx,
      // The command has no viewer: its rows name no user, and its request id says "command".
      { userId: ctx.viewer?.userId ?? null, ip: ctx.ip, requestId: ctx.requestId },
      // Counts only: the file's contents are personal data.
      { action: 'customer.imported', entityType: 'customer', data: auditCounts(result) },
      now,
    );
    return result;
  });
}

/** The file's rows with their values and problems, duplicates inside the file included. */
function checkRows(file: Buffer | string, today: string): CheckedCustomer[] {
  let parsed;
  try {
    parsed = readCustomerCsv(file);
  } catch (error) {
    asFileError(error);
  }
  const firstLineByEmail = new Map<string, number>();
  return parsed.map(({ line, input, problems: cellProblems }) => {
    const { values, problems } = checkCustomerFields(input, { creating: true, today });
    const found = Object.entries({ ...problems, ...cellProblems }).map(([field, message]) =>
      customerProblem(field, message, input),
    );
    const email = values.email?.toLowerCase();
    if (email && !found.some((p) => p.field === 'email')) {
      const first = firstLineByEmail.get(email);
      if (first === undefined) firstLineByEmail.set(email, line);
      else {
        found.push({
          field: 'email',
          code: 'DUPLICATE_IN_FILE',
          message: `same email as line ${first}`,
          otherLine: first,
        });
      }
    }
    return {
      line,
      name: values.name ?? (input.name?.trim() || null),
      values,
      problems: found,
    };
  });
}

/**
 * The code of each message `checkCustomerFields` and the CSV reader give, by field. A message
 * not listed here is INVALID (its English text still says why); a test checks every message
 * the rules produce today has its own code.
 */
const CUSTOMER_CODES: Array<[RegExp, ImportProblemCode]> = [
  [/^is not an? /, 'INVALID_FORMAT'],
  [/^must be a past date/, 'INVALID_FORMAT'],
  [/^must be at most [\d,]+ characters/, 'TOO_LONG'],
  [/^must be \d+ to \d+ (kg|cm)$/, 'OUT_OF_RANGE'],
  [/^at most \d+ tags/, 'TOO_MANY'],
  [/^unknown (discipline|level) /, 'UNKNOWN_VALUE'],
  [/ is given twice$/, 'DUPLICATE_VALUE'],
  [/^has \d+ cells, the header \d+$/, 'EXTRA_CELLS'],
];

/** A problem of one field of a customer row, with its code (and value, where one is named). */
export function customerProblem(
  field: string,
  message: string,
  input: CustomerFieldsInput,
): ImportProblem {
  if (field === 'row') return { field: null, code: 'EXTRA_CELLS', message };
  if (field === 'name' && /^must be \d+ to \d+ characters$/.test(message)) {
    return { field, code: input.name?.trim() ? 'TOO_LONG' : 'REQUIRED', message };
  }
  const code = CUSTOMER_CODES.find(([pattern]) => pattern.test(message))?.[1] ?? 'INVALID';
  const value =
    /^unknown (?:discipline|level) (.*)$/.exec(message)?.[1] ??
    /^(.*) is given twice$/.exec(message)?.[1];
  return { field, code, message, ...(value ? { value } : {}) };
}

/** Adds "a customer with this email exists" to rows whose email a live record already has. */
async function flagExistingEmails(db: DbOrTx, rows: CheckedCustomer[]) {
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
      row.problems.push({
        field: 'email',
        code: 'ALREADY_EXISTS',
        message: 'a customer with this email exists',
      });
    }
  }
}
