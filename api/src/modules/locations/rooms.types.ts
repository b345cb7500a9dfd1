import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A room or studio a location lets by the night' })
export class Room {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'How many guests sleep in it' })
  capacity: number;

  locationId: string;
}

@InputType()
export class CreateRoomInput {
  @Field(() => ID)
  locationId: string;

  @Field(() => String, { description: 'At most 120 characters' })
  name: string;

  @Field(() => Int, { description: '1 to 20 guests' })
  capacity: number;
}
