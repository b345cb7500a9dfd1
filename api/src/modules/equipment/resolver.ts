import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaffRole } from '../../auth/viewer.js';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { notFound } from '../../errors.js';
import { Location } from '../locations/types.js';
import * as maintenance from './maintenance.js';
import * as equipment from './service.js';
import {
  CreateEquipmentInput,
  Equipment,
  EquipmentConnection,
  EquipmentStatusEnum,
  EquipmentStock,
  MaintenanceWindow,
} from './types.js';

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
  ) {
    return equipment.listEquipment({ ctx, filter: { locationId, category }, page });
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
    return equipment.createEquipment({ ctx, input });
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
