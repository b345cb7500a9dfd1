import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isStaffRole } from '../../auth/viewer.js';
import { PageArgs } from '../../graphql/connection.js';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { notFound } from '../../errors.js';
import { Booking } from '../bookings/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import type { EquipmentStatus } from './schema.js';
import * as history from './history.js';
import * as inventory from './inventory.js';
import * as maintenance from './maintenance.js';
import * as equipment from './service.js';
import {
  CreateEquipmentInput,
  Equipment,
  EquipmentConnection,
  EquipmentEvent,
  EquipmentEventConnection,
  EquipmentStatusEnum,
  EquipmentStock,
  EquipmentUse,
  InventorySnapshot,
  MaintenanceWindow,
  UpdateEquipmentInput,
} from './types.js';

/** Staff and API keys see an item's serial number, purchase, use, notes, log and schedule. */
const seesInternals = (ctx: GraphQLContext) =>
  ctx.viewer ? isStaffRole(ctx.viewer.role) : Boolean(ctx.apiKey);
/** A cost or amount typed as MoneyInput, for the service. */
const costOf = (input: { purchaseCost?: { amountMinor: number; currency: string } | null }) =>
  input.purchaseCost === undefined
    ? {}
    : {
        purchaseCost: input.purchaseCost && {
          amountMinor: input.purchaseCost.amountMinor,
          currency: input.purchaseCost.currency,
        },
      };

@Resolver(() => Equipment)
export class EquipmentResolver {
  @Query(() => EquipmentConnection, {
    description:
      'The gear, of one location and category if given, by category, size, name (retired items too)',
  })
  equipment(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Arg('category', () => String, { nullable: true }) category: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('size', () => String, { nullable: true, description: 'As printed: 9m, 138cm, M' })
    size: string | null,
    @Arg('status', () => [EquipmentStatusEnum], {
      nullable: true,
      description: 'Only items showing one of these statuses now',
    })
    status: EquipmentStatus[] | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the name, brand, model or (staff) serial number',
    })
    search: string | null,
  ) {
    return equipment.listEquipment({
      ctx,
      filter: { locationId, category, size, status, search },
      page,
    });
  }

  @Query(() => Equipment, { nullable: true, description: 'One item; null when unknown' })
  equipmentItem(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.equipmentById.load(id);
  }

  @Query(() => InventorySnapshot, {
    description:
      'A location’s gear at a time (default now) per category and size: free, in use, in maintenance',
  })
  inventory(
    @Arg('locationId', () => ID) locationId: string,
    @Arg('at', () => Date, { nullable: true }) at: Date | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return inventory.inventorySnapshot({ ctx, locationId, at });
  }

  @Query(() => [EquipmentStock], {
    description: 'How many usable items a location has per category and size',
  })
  equipmentCategories(@Arg('locationId', () => ID) locationId: string, @Ctx() ctx: GraphQLContext) {
    return equipment.equipmentStock(ctx.db, locationId);
  }

  @Query(() => [MaintenanceWindow], {
    description: "An item's maintenance windows overlapping [from, to), by start",
  })
  maintenanceWindows(
    @Arg('equipmentId', () => ID) equipmentId: string,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.maintenanceWindowsOf(ctx.db, equipmentId, { from, to });
  }

  @Mutation(() => Equipment, { description: 'Adds an item to a location’s gear (managers)' })
  createEquipment(
    @Arg('input', () => CreateEquipmentInput) input: CreateEquipmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return equipment.createEquipment({ ctx, input: { ...input, ...costOf(input) } });
  }

  @Mutation(() => Equipment, {
    description:
      'Changes an item (managers); CONFLICT on a serial number taken or a move while held',
  })
  updateEquipment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEquipmentInput) input: UpdateEquipmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return equipment.updateEquipment({ ctx, id, input: { ...input, ...costOf(input) } });
  }

  @Mutation(() => Equipment, {
    description:
      'Retires an item for good (managers); CONFLICT, listing them, while bookings or rentals hold it',
  })
  retireEquipment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return history.retireEquipment({ ctx, id, reason });
  }

  @Mutation(() => EquipmentEvent, { description: 'Adds a note to an item’s log (managers)' })
  addEquipmentNote(
    @Arg('id', () => ID) id: string,
    @Arg('notes', () => String) notes: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return history.addEquipmentNote({ ctx, id, notes });
  }

  @Mutation(() => MaintenanceWindow, {
    description: 'Takes an item out of use for a time (managers); BOOKING_CONFLICT when it is held',
  })
  scheduleMaintenance(
    @Arg('equipmentId', () => ID) equipmentId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.scheduleMaintenance({ ctx, equipmentId, startsAt, endsAt, reason });
  }

  @Mutation(() => Boolean, { description: 'Cancels a maintenance window (managers)' })
  cancelMaintenance(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return maintenance.cancelMaintenance({ ctx, id });
  }

  @FieldResolver(() => EquipmentStatusEnum, { description: 'Computed at the time of the request' })
  async status(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    if (row.status !== 'AVAILABLE') return row.status;
    return equipment.equipmentStatus(
      row.status,
      await ctx.loaders.equipmentUseNowById.load(row.id),
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff and API keys only' })
  serialNumber(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    const staff = ctx.viewer ? isStaffRole(ctx.viewer.role) : Boolean(ctx.apiKey);
    return staff ? row.serialNumber : null;
  }

  @FieldResolver(() => Location)
  async location(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    const location = await ctx.loaders.locationById.load(row.locationId);
    if (!location) throw notFound('Location');
    return location;
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'Staff and API keys only' })
  purchaseDate(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    return seesInternals(ctx) ? row.purchaseDate : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Staff and API keys only' })
  purchaseCost(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    if (!seesInternals(ctx) || row.purchaseCost === null || !row.purchaseCurrency) return null;
    return money(row.purchaseCost, row.purchaseCurrency, localeOf(ctx));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Hours of use up to now, to a tenth: the base it came with plus bookings and rentals (staff and API keys)',
  })
  async usageHours(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    if (!seesInternals(ctx)) return null;
    const minutes = await ctx.loaders.equipmentUsageMinutesById.load(row.id);
    return Math.round(minutes / 6) / 10;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The hours of use it came with, before Plannivo counted (staff and API keys)',
  })
  usageHoursBase(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    return seesInternals(ctx) ? Math.round(row.usageMinutesBase / 0.6) / 100 : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff and API keys only' })
  notes(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    return seesInternals(ctx) ? row.notes : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff and API keys only' })
  retiredReason(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    return seesInternals(ctx) ? row.retiredReason : null;
  }

  @FieldResolver(() => EquipmentEventConnection, {
    nullable: true,
    description: 'The lifecycle log, newest first (staff and API keys; null for others)',
  })
  events(@Root() row: Equipment, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    if (!seesInternals(ctx)) return null;
    return ctx.loaders
      .equipmentEventsById({ first: page.first ?? null, after: page.after ?? null })
      .load(row.id);
  }

  @FieldResolver(() => [EquipmentUse], {
    nullable: true,
    description:
      'What holds it over [from, to) (default: the next 14 days; at most 92), by start (staff and API keys)',
  })
  schedule(
    @Root() row: Equipment,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (!seesInternals(ctx)) return null;
    const range = inventory.scheduleRange(ctx.now(), { from, to });
    return ctx.loaders.equipmentScheduleById(range).load(row.id);
  }
}

@Resolver(() => EquipmentEvent)
export class EquipmentEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who recorded it, if a person' })
  async actorName(@Root() row: EquipmentEvent, @Ctx() ctx: GraphQLContext) {
    if (!row.actorUserId) return null;
    return (await ctx.loaders.userById.load(row.actorUserId))?.name ?? null;
  }
}

@Resolver(() => EquipmentUse)
export class EquipmentUseResolver {
  @FieldResolver(() => Booking, { nullable: true, description: 'The booking, when visible' })
  booking(@Root() row: EquipmentUse, @Ctx() ctx: GraphQLContext) {
    return row.bookingId ? ctx.loaders.bookingById.load(row.bookingId) : null;
  }
}

@Resolver(() => InventorySnapshot)
export class InventorySnapshotResolver {
  @FieldResolver(() => Location)
  async location(@Root() row: InventorySnapshot, @Ctx() ctx: GraphQLContext) {
    const location = await ctx.loaders.locationById.load(row.locationId);
    if (!location) throw notFound('Location');
    return location;
  }
}

@Resolver(() => MaintenanceWindow)
export class MaintenanceWindowResolver {
  @FieldResolver(() => Equipment)
  async equipment(@Root() row: MaintenanceWindow, @Ctx() ctx: GraphQLContext) {
    const item = await ctx.loaders.equipmentById.load(row.equipmentId);
    if (!item) throw notFound('Equipment');
    return item;
  }
}
