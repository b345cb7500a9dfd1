import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { isUuid } from '../../ids.js';
import { recordAudit } from '../audit/service.js';
import { catalogOfLocations, checkPackageFields, createPackages } from '../catalog/service.js';
import { isCurrency, allLocations } from '../locations/service.js';
import type { LocationRow } from '../locations/schema.js';
import { minorDigits } from '../money/format.js';
import { nameKey } from './csv.js';
import {
  parseAmount,
  parseItems,
  parseWholeNumber,
  parseYesNo,
  readPackageCsv,
  type CellProblem,
  type PackageCsvRow,
} from './package-csv.js';
import {
  asFileError,
  auditCounts,
  buildReport,
  IMPORT_LOCK_ID,
  writes,
  type CheckedRow,
  type ImportArgs,
  type ImportContext,
  type ImportProblem,
  type ImportProblemCode,
  type ImportReport,
} from './report.js';

/** A row that passed, as `createPackages` takes it. */
interface PackageValues {
  locationId: string;
  name: string;
  description: string | null;
  validityDays: number;
  priceMinor: number;
  currency: string;
  gift: boolean;
  active: boolean;
  items: Array<{ serviceId: string; quantity: number }>;
}

interface CheckedPackage extends CheckedRow {
  values: PackageValues | null;
}

/**
 * Imports packages (courses, bundles, gifts) from a CSV file: one package a row, with its
 * location (name or id), name, description, validity in days, price in the location's currency
 * ("4.500,00" or "4500.00"; see `parseAmount`), currency (the location's, when given), gift and
 * on-sale flags (yes/no, evet/hayır) and items ("Private kite lesson x 10; Board rental x 2",
 * names matched to that location's services, any case, the Turkish way). Every row is checked
 * by the catalog's package rules; the same location and name twice in the file, or a package
 * of that name at the location already, refuses the row. A dry run writes nothing. Otherwise
 * the valid rows are created in one transaction (through the catalog service) with one
 * `package.imported` audit row; with `allOrNothing`, one invalid row means nothing is written.
 * Errors: BAD_USER_INPUT with a CSV_* `reason` when the file as a whole cannot be imported.
 */
export async function importPackages({
  ctx,
  file,
  dryRun,
  allOrNothing = false,
}: ImportArgs): Promise<ImportReport> {
  let parsed: PackageCsvRow[];
  try {
    parsed = readPackageCsv(file);
  } catch (error) {
    asFileError(error);
  }
  const all = Boolean(allOrNothing);
  const options = { dryRun, allOrNothing: all, created: false };
  if (dryRun) {
    return buildReport('PACKAGES', await checkRows(ctx, ctx.db, parsed), options);
  }
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_ID})`);
    // Checked again under the lock: another import may have added a package of the same name.
    const rows = await checkRows(ctx, tx, parsed);
    if (!writes(rows, all)) return buildReport('PACKAGES', rows, options);
    const valid = rows.flatMap((r) => (r.values && !r.problems.length ? [r.values] : []));
    await createPackages({ tx, inputs: valid, now });
    const result = buildReport('PACKAGES', rows, { ...options, created: true });
    await recordAudit(
      tx,
      // The command has no viewer: its rows name no user, and its request id says "command".
      { userId: ctx.viewer?.userId ?? null, ip: ctx.ip, requestId: ctx.requestId },
      {
        action: 'package.imported',
        entityType: 'package',
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

/** The locations a row may name, by id and by name (several locations may share one). */
export function locationIndex(locations: readonly LocationRow[]) {
  const byName = new Map<string, LocationRow[]>();
  for (const location of locations) {
    const key = nameKey(location.name);
    byName.set(key, [...(byName.get(key) ?? []), location]);
  }
  const byId = new Map(locations.map((l) => [l.id, l]));
  return (cell: string): { location: LocationRow } | ImportProblem => {
    if (!cell) return { field: 'location', code: 'REQUIRED', message: 'is required' };
    const byIdMatch = isUuid(cell) ? byId.get(cell.toLowerCase()) : undefined;
    if (byIdMatch) return { location: byIdMatch };
    const matches = byName.get(nameKey(cell)) ?? [];
    if (matches.length === 1) return { location: matches[0]! };
    return matches.length
      ? {
          field: 'location',
          code: 'AMBIGUOUS_LOCATION',
          message: `${matches.length} locations are called "${cell}"; give the location's id`,
          value: cell,
        }
      : {
          field: 'location',
          code: 'UNKNOWN_LOCATION',
          message: `no location is called "${cell}"`,
          value: cell,
        };
  };
}

/**
 * Every row checked against the locations, their services and packages as `db` sees them:
 * the cells read, names resolved, the catalog's rules applied, duplicates flagged.
 */
async function checkRows(
  ctx: ImportContext,
  db: DbOrTx,
  parsed: readonly PackageCsvRow[],
): Promise<CheckedPackage[]> {
  const locations = await allLocations(db);
  const findLocation = locationIndex(locations);
  const catalog = await catalogOfLocations(
    db,
    locations.map((l) => l.id),
  );
  const servicesByName = new Map<string, Array<{ id: string; name: string }>>();
  for (const service of catalog.services) {
    const key = `${service.locationId}:${nameKey(service.name)}`;
    servicesByName.set(key, [...(servicesByName.get(key) ?? []), service]);
  }
  const existing = new Set(catalog.packages.map((p) => `${p.locationId}:${nameKey(p.name)}`));
  const firstLine = new Map<string, number>();

  return parsed.map(({ line, cells, extra }) => {
    const problems: ImportProblem[] = [];
    const add = (field: string, p: CellProblem) => problems.push({ field, ...p });
    if (extra) {
      problems.push({
        field: null,
        code: 'EXTRA_CELLS',
        message: `has ${extra.cells} cells, the header ${extra.header}`,
      });
    }
    const name = cells.name?.trim().replace(/\s+/g, ' ') ?? '';

    const found = findLocation(cells.location ?? '');
    const location = 'location' in found ? found.location : null;
    if (!location) problems.push(found as ImportProblem);

    const currencyCell = (cells.currency ?? '').toUpperCase();
    const currencyCode = CURRENCY_SIGNS[currencyCell] ?? currencyCell;
    if (currencyCell && !isCurrency(currencyCode)) {
      problems.push({
        field: 'currency',
        code: 'INVALID_FORMAT',
        message: 'is not a currency code such as TRY or EUR',
      });
    } else if (location && currencyCell && currencyCode !== location.currency) {
      problems.push({
        field: 'currency',
        code: 'CURRENCY_MISMATCH',
        message: `must be ${location.currency}, the currency of ${location.name}`,
        value: location.currency,
      });
    }
    // Without a known location, the amount is still read, in the currency the row names.
    const currency = location?.currency ?? (isCurrency(currencyCode) ? currencyCode : 'EUR');
    const price = parseAmount(cells.price ?? '', minorDigits(currency), currency);
    if (!price.ok) add('price', price);
    const validity = parseWholeNumber(cells.validityDays ?? '');
    if (!validity.ok) add('validityDays', validity);
    const gift = parseYesNo(cells.gift ?? '', false);
    if (!gift.ok) add('gift', gift);
    const active = parseYesNo(cells.active ?? '', true);
    if (!active.ok) add('active', active);

    const items: Array<{ serviceId: string; quantity: number }> = [];
    const entries = parseItems(cells.items ?? '');
    if (!entries.ok) add('items', entries);
    else if (location) {
      for (const entry of entries.value) {
        const matches = servicesByName.get(`${location.id}:${nameKey(entry.serviceName)}`) ?? [];
        if (matches.length !== 1) {
          add('items', {
            code: matches.length ? 'AMBIGUOUS_SERVICE' : 'UNKNOWN_SERVICE',
            message: matches.length
              ? `${location.name} has ${matches.length} services called "${entry.serviceName}"`
              : `${location.name} has no service called "${entry.serviceName}"`,
            value: entry.serviceName,
          });
        } else if (items.some((i) => i.serviceId === matches[0]!.id)) {
          add('items', {
            code: 'DUPLICATE_VALUE',
            message: `"${entry.serviceName}" is listed twice`,
            value: entry.serviceName,
          });
        } else items.push({ serviceId: matches[0]!.id, quantity: entry.quantity });
      }
    }

    // The catalog's own rules, for the fields not already refused above.
    const rules = checkPackageFields({
      name,
      description: cells.description || null,
      validityDays: validity.ok ? validity.value : 1,
      priceMinor: price.ok ? price.value : 0,
      items,
    });
    for (const [field, message] of Object.entries(rules.problems)) {
      if (problems.some((p) => p.field === field)) continue;
      if (field === 'items' && (!entries.ok || !location)) continue;
      problems.push({ field, code: ruleCode(field, message, name), message });
    }

    if (location && name && !problems.some((p) => p.field === 'name')) {
      const key = `${location.id}:${nameKey(name)}`;
      const first = firstLine.get(key);
      if (first !== undefined) {
        problems.push({
          field: 'name',
          code: 'DUPLICATE_IN_FILE',
          message: `same package as line ${first}`,
          otherLine: first,
        });
      } else {
        firstLine.set(key, line);
        if (existing.has(key)) {
          problems.push({
            field: 'name',
            code: 'ALREADY_EXISTS',
            message: `${location.name} already has a package called "${name}"`,
          });
        }
      }
    }

    const values: PackageValues | null =
      problems.length || !location || !price.ok || !validity.ok || !gift.ok || !active.ok
        ? null
        : {
            locationId: location.id,
            name: rules.values.name,
            description: rules.values.description,
            validityDays: validity.value,
            priceMinor: price.value,
            currency: location.currency,
            gift: gift.value,
            active: active.value,
            items,
          };
    return { line, name: name || null, values, problems };
  });
}

/** The code of a message of the catalog's package rules. */
function ruleCode(field: string, message: string, name: string): ImportProblemCode {
  if (field === 'name') return name ? 'TOO_LONG' : 'REQUIRED';
  if (/^must be at most \d+ characters/.test(message)) return 'TOO_LONG';
  if (/^at least one|holds at least/.test(message)) return 'REQUIRED';
  if (/^at most \d+/.test(message)) return 'TOO_MANY';
  if (/twice/.test(message)) return 'DUPLICATE_VALUE';
  if (/^(must be|quantities must be) /.test(message)) return 'OUT_OF_RANGE';
  return 'INVALID';
}

/** How people write some currencies in a spreadsheet: "TL" and "₺" are Turkish lira. */
export const CURRENCY_SIGNS: Record<string, string> = {
  TL: 'TRY',
  '₺': 'TRY',
  '€': 'EUR',
  '£': 'GBP',
};
