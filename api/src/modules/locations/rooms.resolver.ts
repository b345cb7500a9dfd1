import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import * as rooms from './rooms.js';
import { CreateRoomInput, Room } from './rooms.types.js';
import { Location } from './types.js';

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => [Room], { description: 'The rooms a location lets, by name' })
  rooms(@Arg('locationId', () => ID) locationId: string, @Ctx() ctx: GraphQLContext) {
    return rooms.roomsOfLocation(ctx.db, locationId);
  }

  @Mutation(() => Room, { description: 'Adds a room or studio to a location (managers)' })
  createRoom(
    @Arg('input', () => CreateRoomInput) input: CreateRoomInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return rooms.createRoom({ ctx, input });
  }

  @FieldResolver(() => Location)
  async location(@Root() row: Room, @Ctx() ctx: GraphQLContext) {
    const location = await ctx.loaders.locationById.load(row.locationId);
    if (!location) throw notFound('Location');
    return location;
  }
}
