import { pipe, filter } from '@graphql-yoga/subscription';
import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertSubscriber } from '../../auth/guards.js';
import { isStaffRole, STAFF_ROLES } from '../../auth/viewer.js';
import { notFound } from '../../errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import * as locations from './service.js';
import { CreateLocationInput, Location, UpdateLocationInput } from './types.js';

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => [Location])
  locations(@Ctx() ctx: GraphQLContext) {
    return locations.listLocations({ ctx });
  }

  @Query(() => Location, { nullable: true, description: 'One location; null for an unknown id' })
  location(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return locations.getLocation({ ctx, id });
  }

  @Mutation(() => Location, { description: 'Opens a new location (administrators)' })
  createLocation(
    @Arg('input', () => CreateLocationInput) input: CreateLocationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return locations.createLocation({ ctx, input });
  }

  @Mutation(() => Location)
  updateLocation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLocationInput) input: UpdateLocationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return locations.updateLocation({ ctx, id, input });
  }

  // graphql-shield does not guard subscribing: the viewer is checked here, on subscribe.
  @Subscription(() => Location, {
    description: 'A location was changed by anyone (staff only)',
    subscribe: async ({ context }) => {
      const ctx = context as GraphQLContext;
      await assertSubscriber(ctx, STAFF_ROLES);
      return pipe(
        ctx.deps.platform.events.subscribe('LOCATION_CHANGED'),
        filter(() => ctx.viewer !== null && isStaffRole(ctx.viewer.role)),
      );
    },
  })
  async locationChanged(@Root() event: { locationId: string }, @Ctx() ctx: GraphQLContext) {
    // Not through a loader: a subscription's context lives long, a loader would serve stale rows.
    const row = await locations.getLocation({ ctx, id: event.locationId });
    if (!row) throw notFound('Location');
    return row;
  }
}
