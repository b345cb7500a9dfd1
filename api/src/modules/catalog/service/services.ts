import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../../context.js';
import { oneEach } from '../../../db/batch.js';
import type { DbOrTx } from '../../../db/client.js';
import { withTransaction } from '../../../db/transaction.js';
import { badInput, notFound } from '../../../errors.js';
import { isUuid } from '../../../ids.js';
import { actorOf, recordAudit } from '../../audit/service.js';
import { checkServiceFields, type ServiceFields } from '../rules.js';
import { servicesTable, type ServiceKind } from '../schema.js';
import { catalogFilter, locationFor, type CatalogListArgs } from './scope.js';

export interface ServiceListArgs extends CatalogListArgs {
  kind?: ServiceKind | null;
  discipline?: string | null;
}

/**
 * The services of one location or all, by kind and name, optionally of one kind or
 * discipline; inactive ones for management only.
 */
export async function listServices(args: ServiceListArgs) {
  if (args.locationId && !isUuid(args.locationId)) return [];
  return args.ctx.db
    .select()
    .from(servicesTable)
    .where(
      and(
        catalogFilter(servicesTable, args),
        args.kind ? eq(servicesTable.kind, args.kind) : undefined,
        args.discipline ? eq(servicesTable.discipline, args.discipline) : undefined,
      ),
    )
    .orderBy(asc(servicesTable.kind), asc(servicesTable.name));
}

/** Services by id, for loaders and package items. */
export async function servicesByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(servicesTable).where(inArray(servicesTable.id, valid))
    : [];
  return oneEach(ids, rows, (r) => r.id);
}

export interface ServiceInput extends ServiceFields {
  locationId: string;
  currency: string;
  active?: boolean | null;
}

/**
 * Adds a lesson, rental or accommodation to a location's catalog (management). The price
 * is in the location's currency. Audited.
 * Errors: BAD_USER_INPUT naming every refused field (see rules.ts), a currency other than the
 * location's, or an unknown location.
 */
export async function createService({ ctx, input }: { ctx: ServiceContext; input: ServiceInput }) {
  const location = await locationFor(ctx, input.locationId);
  const { values, problems } = checkServiceFields(input);
  if (input.currency !== location.currency) {
    problems.price = `must be in ${location.currency}, the location's currency`;
  }
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(servicesTable)
      .values({
        ...values,
        locationId: location.id,
        currency: location.currency,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'service.created',
        entityType: 'service',
        entityId: row!.id,
        data: { name: row!.name },
      },
      now,
    );
    return row!;
  });
}

/**
 * Changes a catalog service (management): any field but its location; `active: false`
 * takes it off sale without losing its history. Audited.
 * Errors: NOT_FOUND; BAD_USER_INPUT as for create.
 */
export async function updateService({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: { [K in keyof Omit<ServiceInput, 'locationId'>]?: ServiceInput[K] | null };
}) {
  if (!isUuid(id)) throw notFound('Service');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.id, id))
      .for('update');
    if (!existing) throw notFound('Service');
    const merged = {
      name: input.name ?? existing.name,
      description: input.description !== undefined ? input.description : existing.description,
      kind: input.kind ?? existing.kind,
      discipline: input.discipline !== undefined ? input.discipline : existing.discipline,
      lessonFormat: input.lessonFormat !== undefined ? input.lessonFormat : existing.lessonFormat,
      rentalPeriod: input.rentalPeriod !== undefined ? input.rentalPeriod : existing.rentalPeriod,
      durationMinutes: input.durationMinutes ?? existing.durationMinutes,
      capacity: input.capacity ?? existing.capacity,
      requiredLevel:
        input.requiredLevel !== undefined ? input.requiredLevel : existing.requiredLevel,
      priceMinor: input.priceMinor ?? existing.priceMinor,
      freeCancellationHours: input.freeCancellationHours ?? existing.freeCancellationHours,
      lateCancellationFeeBps: input.lateCancellationFeeBps ?? existing.lateCancellationFeeBps,
      equipmentCategories: input.equipmentCategories ?? existing.equipmentCategories,
    };
    const { values, problems } = checkServiceFields(merged);
    if (input.currency && input.currency !== existing.currency) {
      problems.price = `must be in ${existing.currency}, the location's currency`;
    }
    if (Object.keys(problems).length) throw badInput(problems);
    const [row] = await tx
      .update(servicesTable)
      .set({ ...values, active: input.active ?? existing.active, updatedAt: now })
      .where(eq(servicesTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'service.updated',
        entityType: 'service',
        entityId: id,
        data: { fields: Object.keys(input).filter((k) => k !== 'currency') },
      },
      now,
    );
    return row!;
  });
}
