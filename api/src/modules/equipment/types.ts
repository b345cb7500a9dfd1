import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { MoneyInput } from '../money/types.js';
import {
  EQUIPMENT_EVENT_KINDS,
  EQUIPMENT_STATUSES,
  type EquipmentEventKind,
  type EquipmentStatus,
} from './schema.js';

export const EquipmentStatusEnum = Object.fromEntries(EQUIPMENT_STATUSES.map((s) => [s, s])) as {
  [K in EquipmentStatus]: K;
};
registerEnumType(EquipmentStatusEnum, {
  name: 'EquipmentStatus',
  description:
    'RETIRED when taken out of service; otherwise, right now: MAINTENANCE (a maintenance window), IN_USE (a booking) or AVAILABLE',
});

@ObjectType({ description: 'A piece of gear a location lends or rents out: a kite, a board, …' })
export class Equipment {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Upper-case key: KITE, BAR, BOARD, HARNESS, WETSUIT, …' })
  category: string;

  @Field(() => String, { nullable: true, description: 'As printed on it: 9m, 138cm, M' })
  size: string | null;

  @Field(() => String, { nullable: true })
  brand: string | null;

  @Field(() => String, { nullable: true })
  model: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was retired (RETIRED only)' })
  retiredAt: Date | null;

  // status, serialNumber, location, the purchase, usage, notes, the log and the schedule are
  // field resolvers (resolver.ts): most of them answer staff and API keys only.
  locationId: string;
  status: EquipmentStatus;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCost: number | null;
  purchaseCurrency: string | null;
  usageMinutesBase: number;
  notes: string | null;
  retiredReason: string | null;
}

@ObjectType()
export class EquipmentConnection extends Connection(Equipment) {}

@ObjectType({ description: 'A time an item is out of use for service or repair' })
export class MaintenanceWindow {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  reason: string | null;

  equipmentId: string;
}

@ObjectType({
  description: 'How many usable items (not retired) a location has of a category and size',
})
export class EquipmentStock {
  @Field(() => String)
  category: string;

  @Field(() => String, { nullable: true })
  size: string | null;

  @Field(() => Int)
  total: number;
}

@InputType({ description: 'A new item; the category is stored as an upper-case key' })
export class CreateEquipmentInput {
  @Field(() => ID)
  locationId: string;

  @Field(() => String, { description: 'At most 120 characters' })
  name: string;

  @Field(() => String, {
    description: '"Kite", "twin tip", "IMPACT_VEST": stored as KITE, TWIN_TIP, …',
  })
  category: string;

  @Field(() => String, { nullable: true, description: '9m, 138cm, M; at most 20 characters' })
  size?: string | null;

  @Field(() => String, { nullable: true })
  brand?: string | null;

  @Field(() => String, { nullable: true })
  model?: string | null;

  @Field(() => String, { nullable: true, description: 'Unique per brand' })
  serialNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Not in the future' })
  purchaseDate?: string | null;

  @Field(() => MoneyInput, {
    nullable: true,
    description: "What it cost, in minor units of the location's currency",
  })
  purchaseCost?: MoneyInput | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Hours of use before Plannivo counted it (0 to 100000); bookings and rentals add to it',
  })
  usageHoursBase?: number | null;

  @Field(() => String, { nullable: true, description: 'Staff notes, at most 2000 characters' })
  notes?: string | null;
}

@InputType({
  description:
    'Changes to an item; a field left out stays as it is, null clears an optional one. Moving it to another location is refused while it is held ahead.',
})
export class UpdateEquipmentInput {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => String, { nullable: true })
  size?: string | null;

  @Field(() => String, { nullable: true })
  brand?: string | null;

  @Field(() => String, { nullable: true })
  model?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  purchaseDate?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  purchaseCost?: MoneyInput | null;

  @Field(() => Float, { nullable: true })
  usageHoursBase?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

export const EquipmentEventKindEnum = Object.fromEntries(
  EQUIPMENT_EVENT_KINDS.map((k) => [k, k]),
) as { [K in EquipmentEventKind]: K };
registerEnumType(EquipmentEventKindEnum, {
  name: 'EquipmentEventKind',
  description: 'What happened to an item, in its lifecycle log',
});

@ObjectType({ description: "An entry of an item's lifecycle log, from purchase to retirement" })
export class EquipmentEvent {
  @Field(() => ID)
  id: string;

  @Field(() => EquipmentEventKindEnum)
  kind: EquipmentEventKind;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => ID, { nullable: true, description: 'The rental it belongs to' })
  rentalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The maintenance task it belongs to' })
  taskId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details, e.g. { reason } of a retirement' })
  data: Record<string, unknown>;

  // actorName is a field resolver (the user who did it, through a loader).
  actorUserId: string | null;
}

@ObjectType()
export class EquipmentEventConnection extends Connection(EquipmentEvent) {}

export const EQUIPMENT_USE_KINDS = ['BOOKING', 'RENTAL', 'MAINTENANCE'] as const;
export type EquipmentUseKind = (typeof EQUIPMENT_USE_KINDS)[number];
export const EquipmentUseKindEnum = Object.fromEntries(EQUIPMENT_USE_KINDS.map((k) => [k, k])) as {
  [K in EquipmentUseKind]: K;
};
registerEnumType(EquipmentUseKindEnum, {
  name: 'EquipmentUseKind',
  description:
    'What holds an item for a time: a booking, a rental contract or a maintenance window',
});

@ObjectType({
  description: 'A time an item is held: by a booking, a rental or a maintenance window',
})
export class EquipmentUse {
  @Field(() => EquipmentUseKindEnum)
  kind: EquipmentUseKind;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The booking (BOOKING), when the caller may see it',
  })
  bookingId: string | null;

  @Field(() => ID, { nullable: true, description: 'The rental contract (RENTAL)' })
  rentalId: string | null;

  @Field(() => Int, { nullable: true, description: "The rental's number at its location" })
  rentalNumber: number | null;

  @Field(() => ID, { nullable: true, description: 'The maintenance window (MAINTENANCE)' })
  maintenanceWindowId: string | null;

  @Field(() => String, { nullable: true, description: "The maintenance window's reason" })
  reason: string | null;

  // booking is a field resolver (the Booking, through a loader).
}

@ObjectType({ description: 'Gear of one category and size at a location, at one time' })
export class InventoryLine {
  @Field(() => String)
  category: string;

  @Field(() => String, { nullable: true })
  size: string | null;

  @Field(() => Int, { description: 'Items not retired' })
  total: number;

  @Field(() => Int, { description: 'In service and held by nothing at that time' })
  free: number;

  @Field(() => Int, { description: 'Held by a booking or out on a rental' })
  inUse: number;

  @Field(() => Int, { description: 'In a maintenance window, or out of service awaiting repair' })
  maintenance: number;
}

@ObjectType({ description: 'What a location has free, in use and in maintenance at a time' })
export class InventorySnapshot {
  @Field(() => Date)
  at: Date;

  @Field(() => [InventoryLine], { description: 'By category, then size (smallest first)' })
  lines: InventoryLine[];

  @Field(() => InventoryLine, { description: 'The sums of the lines (category "*", no size)' })
  totals: InventoryLine;

  locationId: string;
}
