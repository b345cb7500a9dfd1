import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import {
  MAINTENANCE_TASK_KINDS,
  MAINTENANCE_TASK_STATUSES,
  type MaintenanceTaskKind,
  type MaintenanceTaskStatus,
} from '../equipment/schema.js';

export const MaintenanceTaskKindEnum = Object.fromEntries(
  MAINTENANCE_TASK_KINDS.map((k) => [k, k]),
) as { [K in MaintenanceTaskKind]: K };
registerEnumType(MaintenanceTaskKindEnum, {
  name: 'MaintenanceTaskKind',
  description: 'SERVICE (a rule made it due) or REPAIR (damage was reported)',
});

export const MaintenanceTaskStatusEnum = Object.fromEntries(
  MAINTENANCE_TASK_STATUSES.map((s) => [s, s]),
) as { [K in MaintenanceTaskStatus]: K };
registerEnumType(MaintenanceTaskStatusEnum, {
  name: 'MaintenanceTaskStatus',
  description: 'OPEN, DONE or CANCELLED',
});

@ObjectType({
  description:
    'Items of a category need a service every N hours of use and/or every N days; the scan opens the tasks',
})
export class MaintenanceRule {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Upper-case category key: KITE, HARNESS, BOAT, …' })
  category: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { nullable: true, description: 'Every this many hours of use (1–10000)' })
  everyUsageHours: number | null;

  @Field(() => Int, { nullable: true, description: 'Every this many days (1–3650)' })
  everyDays: number | null;

  @Field(() => Boolean, { description: 'Inactive rules open no new tasks' })
  active: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  // location is a field resolver (null: the rule applies at every location).
  locationId: string | null;
}

@ObjectType({ description: 'Work an item needs: a service a rule made due, or a repair' })
export class MaintenanceTask {
  @Field(() => ID)
  id: string;

  @Field(() => MaintenanceTaskKindEnum)
  kind: MaintenanceTaskKind;

  @Field(() => MaintenanceTaskStatusEnum)
  status: MaintenanceTaskStatus;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Due by this instant (rules counting days; repairs: when reported)',
  })
  dueAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The rental whose check-in found the damage' })
  rentalId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was done or cancelled' })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What was done, or why it was cancelled' })
  resolution: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff were last reminded of it' })
  remindedAt: Date | null;

  // equipment, rule, window, dueUsageHours, usageHours and overdue are field resolvers.
  equipmentId: string;
  ruleId: string | null;
  windowId: string | null;
  dueUsageMinutes: number | null;
}

@ObjectType()
export class MaintenanceTaskConnection extends Connection(MaintenanceTask) {}

@ObjectType({ description: "An item's open maintenance right now" })
export class EquipmentMaintenance {
  @Field(() => Int, { description: 'Open tasks: services due and repairs' })
  openTasks: number;

  @Field(() => Boolean, {
    description: 'Whether any open task is overdue (by date or hours of use)',
  })
  overdue: boolean;

  @Field(() => Date, { nullable: true, description: 'The earliest due date of its open tasks' })
  nextDueAt: Date | null;
}

@InputType({ description: 'A service rule; give everyUsageHours, everyDays or both' })
export class MaintenanceRuleInput {
  @Field(() => ID, { nullable: true, description: 'Null: the rule applies at every location' })
  locationId?: string | null;

  @Field(() => String, { description: '"Kite", "impact vest": stored as KITE, IMPACT_VEST' })
  category: string;

  @Field(() => String, { description: '1 to 120 characters, e.g. "Kite check: lines, bladder"' })
  name: string;

  @Field(() => Int, { nullable: true, description: '1 to 10000' })
  everyUsageHours?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 3650' })
  everyDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  active?: boolean | null;
}

@InputType({ description: 'Open maintenance tasks by default: a status, kind, item, overdue' })
export class MaintenanceTaskFilter {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => MaintenanceTaskStatusEnum, { nullable: true })
  status?: MaintenanceTaskStatus | null;

  @Field(() => MaintenanceTaskKindEnum, { nullable: true })
  kind?: MaintenanceTaskKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open tasks past their date or hours only; false: all others',
  })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  equipmentId?: string | null;
}

@InputType({ description: 'Damage reported on an item: it goes out of service until repaired' })
export class CreateRepairTaskInput {
  @Field(() => ID)
  equipmentId: string;

  @Field(() => String, { description: 'What is wrong, 1 to 120 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  notes?: string | null;
}

/** Hours from minutes, to a tenth. */
export const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;
