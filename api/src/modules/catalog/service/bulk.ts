import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { badInput } from '../../../errors.js';
import { isUuid } from '../../../ids.js';
import { getLocationsByIds } from '../../locations/service.js';
import { checkPackageFields } from '../rules.js';
import { packageItemsTable, packagesTable, servicesTable, type PackageRow } from '../schema.js';
import type { PackageInput } from './packages.js';
import { servicesByIds } from './services.js';

/** The rules of a package's own fields (rules.ts), for imports that check rows before writing. */
export { checkPackageFields };

/**
 * What a package import resolves names against, for the given locations: every service (on
 * sale or not) and the id, location and name of every package. Management only: the caller
 * checks.
 */
export async function catalogOfLocations(db: DbOrTx, locationIds: readonly string[]) {
  const ids = [...new Set(locationIds)].filter(isUuid);
  if (!ids.length) return { services: [], packages: [] };
  const services = await db
    .select()
    .from(servicesTable)
    .where(inArray(servicesTable.locationId, ids));
  const packages = await db
    .select({
      id: packagesTable.id,
      locationId: packagesTable.locationId,
      name: packagesTable.name,
    })
    .from(packagesTable)
    .where(inArray(packagesTable.locationId, ids));
  return { services, packages };
}

/**
 * Creates many packages in the caller's transaction (the CSV import), each checked as
 * `createPackage` checks one: the rules of rules.ts, the location's currency, items that are
 * services of that location. A refused input throws BAD_USER_INPUT naming the package and its
 * fields, so the caller's transaction keeps nothing. Writes 500 packages per statement and no
 * audit row: the caller records one for the batch.
 */
export async function createPackages({
  tx,
  inputs,
  now,
}: {
  tx: DbOrTx;
  inputs: readonly PackageInput[];
  now: Date;
}): Promise<PackageRow[]> {
  const locations = new Map(
    (await getLocationsByIds(tx, [...new Set(inputs.map((i) => i.locationId))].filter(isUuid))).map(
      (l) => [l.id, l],
    ),
  );
  const serviceIds = [...new Set(inputs.flatMap((i) => i.items.map((item) => item.serviceId)))];
  const locationOfService = new Map(
    (await servicesByIds(tx, serviceIds)).flatMap((s) => (s ? [[s.id, s.locationId]] : [])),
  );
  const rows = inputs.map((input) => {
    const location = locations.get(input.locationId);
    const { problems, values } = checkPackageFields(input);
    if (!location) problems.locationId = 'is not a location';
    else if (input.currency !== location.currency) {
      problems.price = `must be in ${location.currency}, the location's currency`;
    }
    if (
      !problems.items &&
      input.items.some((i) => locationOfService.get(i.serviceId) !== input.locationId)
    ) {
      problems.items = 'every service must belong to the same location';
    }
    if (Object.keys(problems).length) {
      throw badInput(problems, `Package "${input.name}" is invalid`);
    }
    return {
      ...values,
      id: crypto.randomUUID(),
      locationId: input.locationId,
      currency: input.currency,
      gift: input.gift ?? false,
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    };
  });
  const created: PackageRow[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    created.push(...(await tx.insert(packagesTable).values(batch).returning()));
    const items = batch.flatMap((row, j) =>
      inputs[i + j]!.items.map((item) => ({
        packageId: row.id,
        serviceId: item.serviceId,
        quantity: item.quantity,
      })),
    );
    for (let k = 0; k < items.length; k += 1000) {
      await tx.insert(packageItemsTable).values(items.slice(k, k + 1000));
    }
  }
  return created;
}
