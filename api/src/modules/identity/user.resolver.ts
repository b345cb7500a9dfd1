import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Customer } from '../customers/types.js';
import { Location } from '../locations/types.js';
import { UpdateUserInput, User, UserConnection, UserFilter } from './types.js';
import * as users from './users.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Every account, by name (admins)' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return users.listUsers({ ctx, filter, page });
  }

  @Query(() => User, { nullable: true, description: 'One account (admins)' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return users.getUser({ ctx, id });
  }

  @Mutation(() => User, {
    description: "Changes an account's name, role or locations (admins; not one's own role)",
  })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return users.updateUser({ ctx, id, input });
  }

  @Mutation(() => User, { description: 'Deactivates an account and ends its sessions (admins)' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return users.setUserActive({ ctx, id, active: false });
  }

  @Mutation(() => User, { description: 'Lets a deactivated account sign in again (admins)' })
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return users.setUserActive({ ctx, id, active: true });
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: "The user's own customer record (students, customers)",
  })
  customer(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.customerByUserId.load(user.id);
  }

  @FieldResolver(() => Boolean, { description: 'False once an admin deactivated the account' })
  active(@Root() user: User) {
    return !user.deactivatedAt;
  }

  @FieldResolver(() => [Location], { description: 'Where a staff member works' })
  async locations(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.locationIdsByUserId.load(user.id);
    const rows = await ctx.loaders.locationById.loadMany(ids);
    return rows.filter((row) => row && !(row instanceof Error));
  }
}
