import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isStaffRole } from '../../auth/viewer.js';
import { notFound } from '../../errors.js';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Equipment, MaintenanceWindow } from '../equipment/types.js';
import { Location } from '../locations/types.js';
import { isOverdue } from './rules.js';
import * as maintenance from './service.js';
import {
  CreateRepairTaskInput,
  EquipmentMaintenance,
  hoursOf,
  MaintenanceRule,
  MaintenanceRuleInput,
  MaintenanceTask,
  MaintenanceTaskConnection,
  MaintenanceTaskFilter,
} from './types.js';

@Resolver(() => MaintenanceRule)
export class MaintenanceRuleResolver {
  @Query(() => [MaintenanceRule], {
    description: 'Service rules at a location (its own and those of every location), or all',
  })
  maintenanceRules(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.listMaintenanceRules({ ctx, locationId });
  }

  @Mutation(() => MaintenanceRule, { description: 'Adds a service rule (managers)' })
  createMaintenanceRule(
    @Arg('input', () => MaintenanceRuleInput) input: MaintenanceRuleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.createMaintenanceRule({ ctx, input });
  }

  @Mutation(() => MaintenanceRule, { description: "Replaces a service rule's fields (managers)" })
  updateMaintenanceRule(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MaintenanceRuleInput) input: MaintenanceRuleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.updateMaintenanceRule({ ctx, id, input });
  }

  @Mutation(() => MaintenanceRule, { description: 'Switches a service rule on or off (managers)' })
  setMaintenanceRuleActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.setMaintenanceRuleActive({ ctx, id, active });
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a service rule; its tasks stay (managers)',
  })
  deleteMaintenanceRule(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return maintenance.deleteMaintenanceRule({ ctx, id });
  }

  @Mutation(() => Int, {
    description: 'Opens the service tasks rules made due now, at one location or all (managers)',
  })
  runMaintenanceScan(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.runMaintenanceScan({ ctx, locationId });
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Null: every location' })
  async location(@Root() row: MaintenanceRule, @Ctx() ctx: GraphQLContext) {
    return row.locationId ? ctx.loaders.locationById.load(row.locationId) : null;
  }
}

@Resolver(() => MaintenanceTask)
export class MaintenanceTaskResolver {
  @Query(() => MaintenanceTaskConnection, {
    description:
      'Maintenance tasks: open ones soonest due first, done or cancelled ones most recent first',
  })
  maintenanceTasks(
    @Arg('filter', () => MaintenanceTaskFilter, { nullable: true })
    filter: MaintenanceTaskFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.listMaintenanceTasks({ ctx, filter: filter ?? {}, page });
  }

  @Query(() => MaintenanceTask, { nullable: true })
  maintenanceTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return maintenance.getMaintenanceTask(ctx.db, id);
  }

  @Mutation(() => MaintenanceTask, {
    description: 'Reports damage: a repair task; the item is out of service until it is done',
  })
  createRepairTask(
    @Arg('input', () => CreateRepairTaskInput) input: CreateRepairTaskInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.createRepairTask({ ctx, input });
  }

  @Mutation(() => MaintenanceTask, {
    description: 'Marks a task done; a repair done puts the item back in service (managers)',
  })
  completeMaintenanceTask(
    @Arg('id', () => ID) id: string,
    @Arg('resolution', () => String, { nullable: true }) resolution: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.completeMaintenanceTask({ ctx, id, resolution });
  }

  @Mutation(() => MaintenanceTask, { description: 'Cancels an open task (managers)' })
  cancelMaintenanceTask(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.cancelMaintenanceTask({ ctx, id, reason });
  }

  @Mutation(() => MaintenanceTask, {
    description:
      "Books a maintenance window for an open task's item (managers); BOOKING_CONFLICT when it is held",
  })
  scheduleTaskWindow(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Ctx() ctx: GraphQLContext,
  ) {
    return maintenance.scheduleTaskWindow({ ctx, taskId, startsAt, endsAt });
  }

  @FieldResolver(() => Equipment)
  async equipment(@Root() row: MaintenanceTask, @Ctx() ctx: GraphQLContext) {
    const item = await ctx.loaders.equipmentById.load(row.equipmentId);
    if (!item) throw notFound('Equipment');
    return item;
  }

  @FieldResolver(() => MaintenanceRule, { nullable: true, description: 'Null for repairs' })
  rule(@Root() row: MaintenanceTask, @Ctx() ctx: GraphQLContext) {
    return row.ruleId ? ctx.loaders.maintenanceRuleById.load(row.ruleId) : null;
  }

  @FieldResolver(() => MaintenanceWindow, {
    nullable: true,
    description: 'The workshop time booked for it, if any',
  })
  window(@Root() row: MaintenanceTask, @Ctx() ctx: GraphQLContext) {
    return row.windowId ? ctx.loaders.maintenanceWindowById.load(row.windowId) : null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Due at this many hours of the item's use (rules counting hours)",
  })
  dueUsageHours(@Root() row: MaintenanceTask) {
    return row.dueUsageMinutes !== null ? hoursOf(row.dueUsageMinutes) : null;
  }

  @FieldResolver(() => Float, { description: "The item's hours of use now, to a tenth" })
  async usageHours(@Root() row: MaintenanceTask, @Ctx() ctx: GraphQLContext) {
    return hoursOf(await ctx.loaders.usageMinutesNowById.load(row.equipmentId));
  }

  @FieldResolver(() => Boolean, {
    description: 'Open and past its due date, or its item used up to its due hours',
  })
  async overdue(@Root() row: MaintenanceTask, @Ctx() ctx: GraphQLContext) {
    if (row.status !== 'OPEN') return false;
    const usage =
      row.dueUsageMinutes !== null
        ? await ctx.loaders.usageMinutesNowById.load(row.equipmentId)
        : 0;
    return isOverdue(row, usage, ctx.now());
  }
}

/** `Equipment.maintenance`: the item's open maintenance, for staff (null for others). */
@Resolver(() => Equipment)
export class EquipmentMaintenanceResolver {
  @FieldResolver(() => EquipmentMaintenance, {
    nullable: true,
    description: 'Open maintenance tasks now: count, overdue, next due date (staff and API keys)',
  })
  maintenance(@Root() row: Equipment, @Ctx() ctx: GraphQLContext) {
    const staff = ctx.viewer ? isStaffRole(ctx.viewer.role) : Boolean(ctx.apiKey);
    return staff ? ctx.loaders.openMaintenanceByEquipmentId.load(row.id) : null;
  }
}
