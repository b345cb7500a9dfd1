import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { recordAudit } from '../audit/service.js';
import { logEquipmentEvents, type EquipmentEventInput } from '../equipment/lifecycle.js';
import { equipmentTable } from '../equipment/schema.js';
import { checkEquipmentFields } from '../equipment/service.js';
import { openRepairTask } from '../equipment/tasks.js';
import { allLocations, isCurrency } from '../locations/service.js';
import { minorDigits } from '../money/format.js';
import {
  equipmentCategory,
  parsePurchaseDate,
  parseStatus,
  parseUsageHours,
  readEquipmentCsv,
  type EquipmentCsvRow,
  type ImportStatus,
} from './equipment-csv.js';
import { parseAmount, type CellProblem } from './package-csv.js';
import { CURRENCY_SIGNS, locationIndex } from './package-import.js';
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
/** Same seed as createEquipment's serial-number lock (equipment/service.ts), so they exclude. */
const SERIAL_LOCK_SEED = 7412;

/** The stored fields of an item, as the equipment rules write them. */
type EquipmentValues = ReturnType<typeof checkEquipmentFields>['values'];

/** A row that passed, as it is written to the equipment table. */
interface ImportValues extends EquipmentValues {
  locationId: string;
  status: ImportStatus;
}

interface CheckedEquipment extends CheckedRow {
  values: ImportValues | null;
  /** `brand|serial`, both lower-case, when the row names a serial number. */
  serialKey: string | null;
}

/**
 * Imports a school's gear from a CSV file: one item a row, with its location (name or id),
 * name, category ("Kite", "twin tip", or the Turkish words the app shows, such as "Uçurtma"),
 * size, brand, model, serial number, purchase date (2024-03-15 or 15.03.2024), purchase cost
 * in the location's currency ("18.500,00" or "18500.00"; see `parseAmount`), currency (the
 * location's, when given), hours of use so far ("120" or "12,5"), notes and status
 * (AVAILABLE, MAINTENANCE or RETIRED; empty is AVAILABLE). Every row is checked by the
 * equipment module's rules (`checkEquipmentFields`); a serial number given twice in the file,
 * or already held by an item of the same brand (any case, any location, as `createEquipment`
 * refuses it), refuses the row. A dry run writes nothing. Otherwise the valid rows are inserted
 * in one transaction, in batches, each with a PURCHASED entry in its lifecycle log (at the
 * purchase date when given), a RETIRED entry when imported retired, and a repair task when
 * imported out of service; one `equipment.imported` audit row holds the counts. With
 * `allOrNothing`, one invalid row means nothing is written.
 * Errors: BAD_USER_INPUT with a CSV_* `reason` when the file as a whole cannot be imported.
 */
export async function importEquipment({
  ctx,
  file,
  dryRun,
  allOrNothing = false,
}: ImportArgs): Promise<ImportReport> {
  let parsed: EquipmentCsvRow[];
  try {
    parsed = readEquipmentCsv(file);
  } catch (error) {
    asFileError(error);
  }
  const all = Boolean(allOrNothing);
  const options = { dryRun, allOrNothing: all, created: false };
  const now = ctx.now();
  if (dryRun) {
    return buildReport('EQUIPMENT', await checkRows(ctx.db, parsed, now), options);
  }
  return withTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_ID})`);
    // Serial numbers have no unique index (they are per brand, case-blind): createEquipment
    // takes a lock per serial before it checks, so the import takes the same locks (in one
    // stable order) before it checks, and neither can add a serial the other just checked.
    const keys = [...new Set(parsed.flatMap((r) => serialKeyOf(r) ?? []))].sort();
    if (keys.length) {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(k, ${SERIAL_LOCK_SEED}))
            from (select k from json_array_elements_text(${JSON.stringify(keys)}::json) as t(k) order by k) s`,
      );
    }
    const rows = await checkRows(tx, parsed, now);
    if (!writes(rows, all)) return buildReport('EQUIPMENT', rows, options);
    const valid = rows.flatMap((r) => (r.values && !r.problems.length ? [r.values] : []));
    const actorUserId = ctx.viewer?.userId ?? null;
    for (let i = 0; i < valid.length; i += INSERT_BATCH) {
      const chunk = valid.slice(i, i + INSERT_BATCH);
      const batch = chunk.map((values) => ({
        ...values,
        // Ids made here, so each lifecycle entry names its item without relying on the
        // order RETURNING gives.
        id: randomUUID(),
        // A repair task (below) takes an item out of service, as a damaged one is.
        status: values.status === 'MAINTENANCE' ? ('AVAILABLE' as const) : values.status,
        retiredAt: values.status === 'RETIRED' ? now : null,
        createdAt: now,
        updatedAt: now,
      }));
      await tx.insert(equipmentTable).values(batch);
      await logEquipmentEvents(
        tx,
        batch.flatMap((item): EquipmentEventInput[] => [
          {
            equipmentId: item.id,
            kind: 'PURCHASED',
            at: item.purchaseDate ? new Date(`${item.purchaseDate}T00:00:00Z`) : now,
            actorUserId,
            data: {
              imported: true,
              ...(item.purchaseCost !== null
                ? { cost: item.purchaseCost, currency: item.purchaseCurrency }
                : {}),
              ...(item.usageMinutesBase ? { usageMinutesBase: item.usageMinutesBase } : {}),
            },
          },
          ...(item.status === 'RETIRED'
            ? [{ equipmentId: item.id, kind: 'RETIRED' as const, at: now, actorUserId }]
            : []),
        ]),
      );
      for (const [j, item] of batch.entries()) {
        if (chunk[j]!.status !== 'MAINTENANCE') continue;
        await openRepairTask(tx, {
          equipmentId: item.id,
          title: 'Out of service when imported',
          notes: item.notes,
          actorUserId,
          at: now,
        });
      }
    }
    const result = buildReport('EQUIPMENT', rows, { ...options, created: true });
    await recordAudit(
      tx,
      // The command has no viewer: its rows name no user, and its request id says "command".
      { userId: actorUserId, ip: ctx.ip, requestId: ctx.requestId },
      {
        action: 'equipment.imported',
        entityType: 'equipment',
        data: {
          ...auditCounts(result),
          locationIds: [...new Set(valid.map((v) => v.locationId))].sort(),
        },
      },
      now,
    );
    return result;
  });
}

/** `brand|serial` in lower case, the way createEquipment compares serial numbers. */
function serialKey(brand: string | null, serial: string): string {
  return `${brand?.toLowerCase() ?? ''}|${serial.toLowerCase()}`;
}

/** The serial key of a raw row (cells trimmed and collapsed as the equipment rules do). */
function serialKeyOf(row: EquipmentCsvRow): string | null {
  const tidy = (text: string | undefined) => text?.trim().replace(/\s+/g, ' ') || null;
  const serial = tidy(row.cells.serialNumber);
  return serial ? serialKey(tidy(row.cells.brand), serial) : null;
}

/**
 * Every row checked against the locations and the existing gear as `db` sees them: cells read,
 * locations resolved, the equipment rules applied (at the location, so its currency and its
 * today count), serial numbers compared in the file and with the database.
 */
async function checkRows(
  db: DbOrTx,
  parsed: readonly EquipmentCsvRow[],
  now: Date,
): Promise<CheckedEquipment[]> {
  const findLocation = locationIndex(await allLocations(db));
  const firstLine = new Map<string, number>();

  const rows = parsed.map(({ line, cells, extra }): CheckedEquipment => {
    const problems: ImportProblem[] = [];
    const add = (field: string, p: CellProblem) => problems.push({ field, ...p });
    if (extra) {
      problems.push({
        field: null,
        code: 'EXTRA_CELLS',
        message: `has ${extra.cells} cells, the header ${extra.header}`,
      });
    }

    const found = findLocation(cells.location ?? '');
    const location = 'location' in found ? found.location : null;
    if (!location) problems.push(found as ImportProblem);

    const currencyCell = (cells.currency ?? '').toUpperCase();
    const currencyCode = CURRENCY_SIGNS[currencyCell] ?? currencyCell;
    if (currencyCell && !isCurrency(currencyCode)) {
      add('currency', {
        code: 'INVALID_FORMAT',
        message: 'is not a currency code such as TRY or EUR',
      });
    } else if (location && currencyCell && currencyCode !== location.currency) {
      add('currency', {
        code: 'CURRENCY_MISMATCH',
        message: `must be ${location.currency}, the currency of ${location.name}`,
        value: location.currency,
      });
    }
    // Without a known location, the cost is still read, in the currency the row names.
    const currency = location?.currency ?? (isCurrency(currencyCode) ? currencyCode : 'EUR');
    const cost = cells.purchaseCost
      ? parseAmount(cells.purchaseCost, minorDigits(currency), currency)
      : null;
    if (cost && !cost.ok) add('purchaseCost', cost);
    const purchaseDate = parsePurchaseDate(cells.purchaseDate ?? '');
    if (!purchaseDate.ok) add('purchaseDate', purchaseDate);
    const usage = parseUsageHours(cells.usageHours ?? '');
    if (!usage.ok) add('usageHours', usage);
    const status = parseStatus(cells.status ?? '');
    if (!status.ok) add('status', status);

    const categoryCell = cells.category ?? '';
    const rules = checkEquipmentFields(
      {
        name: cells.name ?? '',
        // The rules read the key again; an unusable cell keeps its own text to be refused.
        category: equipmentCategory(categoryCell) ?? categoryCell,
        size: cells.size || null,
        brand: cells.brand || null,
        model: cells.model || null,
        serialNumber: cells.serialNumber || null,
        purchaseDate: purchaseDate.ok ? purchaseDate.value : null,
        purchaseCost: cost?.ok ? { amountMinor: cost.value, currency } : null,
        usageHoursBase: usage.ok ? usage.value : null,
        notes: cells.notes || null,
      },
      location,
      now,
    );
    for (const [ruleField, message] of Object.entries(rules.problems)) {
      // The report names the file's columns.
      const field = ruleField === 'usageHoursBase' ? 'usageHours' : ruleField;
      if (problems.some((p) => p.field === field)) continue;
      problems.push({ field, code: ruleCode(field, message, cells), message });
    }

    const serial = rules.values.serialNumber;
    const key =
      serial && !rules.problems.serialNumber ? serialKey(rules.values.brand, serial) : null;
    if (key) {
      const first = firstLine.get(key);
      if (first === undefined) firstLine.set(key, line);
      else {
        problems.push({
          field: 'serialNumber',
          code: 'DUPLICATE_IN_FILE',
          message: `same brand and serial number as line ${first}`,
          otherLine: first,
        });
      }
    }

    const values: ImportValues | null =
      problems.length || !location || !status.ok
        ? null
        : { ...rules.values, locationId: location.id, status: status.value };
    return { line, name: rules.values.name || null, values, serialKey: key, problems };
  });
  await flagTakenSerials(db, rows);
  return rows;
}

/**
 * Adds ALREADY_EXISTS to rows whose brand and serial number an item already has (any case,
 * any location, retired items too), as createEquipment refuses them.
 */
async function flagTakenSerials(db: DbOrTx, rows: CheckedEquipment[]) {
  const serials = [
    ...new Set(rows.flatMap((r) => (r.serialKey ? [r.serialKey.split('|').at(-1)!] : []))),
  ];
  const taken = new Map<string, string>();
  const lowerSerial = sql<string>`lower(${equipmentTable.serialNumber})`;
  for (let i = 0; i < serials.length; i += LOOKUP_BATCH) {
    const found = await db
      .select({
        brand: sql<string>`coalesce(lower(${equipmentTable.brand}), '')`,
        serial: lowerSerial,
        name: equipmentTable.name,
      })
      .from(equipmentTable)
      .where(inArray(lowerSerial, serials.slice(i, i + LOOKUP_BATCH)));
    for (const item of found) taken.set(`${item.brand}|${item.serial}`, item.name);
  }
  for (const row of rows) {
    const owner = row.serialKey ? taken.get(row.serialKey) : undefined;
    // A repeat in the file is named as such once: the first line carries the conflict.
    if (owner === undefined || row.problems.some((p) => p.field === 'serialNumber')) continue;
    row.values = null;
    row.problems.push({
      field: 'serialNumber',
      code: 'ALREADY_EXISTS',
      message: `is already the serial number of ${owner}`,
      value: owner,
    });
  }
}

/** The code of a message of the equipment rules (`checkEquipmentFields`), by field. */
function ruleCode(
  field: string,
  message: string,
  cells: EquipmentCsvRow['cells'],
): ImportProblemCode {
  const cell = (cells as Record<string, string | undefined>)[field]?.trim() ?? '';
  if (field === 'name' || field === 'category') {
    if (!cell) return 'REQUIRED';
    return field === 'name' ? 'TOO_LONG' : 'INVALID_FORMAT';
  }
  if (/^must be at most [\d,]+ characters/.test(message)) return 'TOO_LONG';
  // The cells were read already: what the rules refuse now is a value out of its range (a
  // date in the future or before 1980, a cost too large, too many hours).
  if (field === 'purchaseDate' || field === 'purchaseCost' || field === 'usageHours') {
    return 'OUT_OF_RANGE';
  }
  return 'INVALID';
}
