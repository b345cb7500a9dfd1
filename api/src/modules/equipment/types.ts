import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { EQUIPMENT_STATUSES, type EquipmentStatus } from './schema.js';

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

  // status, serialNumber and location are field resolvers (resolver.ts).
  locationId: string;
  status: EquipmentStatus;
  serialNumber: string | null;
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
}
