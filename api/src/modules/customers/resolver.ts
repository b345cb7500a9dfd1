import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import * as customers from './service.js';
import { CreateCustomerInput, Customer, CustomerConnection, UpdateCustomerInput } from './types.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'Customers by name, with a search (staff)' })
  customers(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.listCustomers({ ctx, search, page });
  }

  @Query(() => Customer, {
    nullable: true,
    description: "One customer; null when it does not exist or is not the caller's to see",
  })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return customers.getCustomer({ ctx, id });
  }

  @Mutation(() => Customer, { description: 'Creates a customer record (staff)' })
  createCustomer(
    @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.createCustomer({ ctx, input });
  }

  @Mutation(() => Customer, {
    description: "Changes a customer record: staff any, students their own or a dependent's",
  })
  updateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.updateCustomer({ ctx, id, input });
  }

  @FieldResolver(() => User, { nullable: true, description: 'The account that is this person' })
  user(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return customer.userId ? ctx.loaders.userById.load(customer.userId) : null;
  }
}
