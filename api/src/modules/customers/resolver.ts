import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES } from '../../auth/viewer.js';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import { customerHistory } from './history.js';
import { CustomerHistoryConnection } from './history.types.js';
import * as customers from './service.js';
import {
  CreateCustomerInput,
  Customer,
  CustomerConnection,
  CustomerFilter,
  UpdateCustomerInput,
} from './types.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, {
    description: 'Customers by name, or by relevance to a typo-tolerant search (staff)',
  })
  customers(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter: CustomerFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.listCustomers({ ctx, search, filter, page });
  }

  @Query(() => Customer, {
    nullable: true,
    description: "One customer; null when it does not exist or is not the caller's to see",
  })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return customers.getCustomer({ ctx, id });
  }

  @Query(() => [Customer], {
    description: 'Records with this email or phone, to catch a duplicate before saving (staff)',
  })
  customerMatches(
    @Arg('email', () => String, { nullable: true }) email: string | null,
    @Arg('phone', () => String, { nullable: true }) phone: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.findDuplicates({ ctx, email, phone });
  }

  @Mutation(() => Customer, { description: 'Creates a customer record (staff)' })
  createCustomer(
    @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.createCustomer({ ctx, input });
  }

  @Mutation(() => Customer, {
    description: "Adds a dependent (a child) to a record: staff, or the record's owner",
  })
  addDependent(
    @Arg('guardianId', () => ID) guardianId: string,
    @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.addDependent({ ctx, guardianId, input });
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

  @Mutation(() => Customer, {
    description: 'Merges a duplicate into the record that stays, keeping all history (managers)',
  })
  mergeCustomers(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('duplicateId', () => ID) duplicateId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customers.mergeCustomers({ ctx, survivorId, duplicateId });
  }

  @FieldResolver(() => User, { nullable: true, description: 'The account that is this person' })
  user(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return customer.userId ? ctx.loaders.userById.load(customer.userId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Who books and signs for them' })
  guardian(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return customer.guardianId ? customers.getCustomer({ ctx, id: customer.guardianId }) : null;
  }

  @FieldResolver(() => [Customer], { description: 'The records this one is guardian of' })
  dependents(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.dependentsByGuardianId.load(customer.id);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The record this duplicate was merged into',
  })
  mergedInto(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return customer.mergedIntoId ? customers.getCustomer({ ctx, id: customer.mergedIntoId }) : null;
  }

  @FieldResolver(() => [Customer], { description: 'Other records with the same email or phone' })
  duplicates(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return customers.duplicatesOf({ ctx, id: customer.id });
  }

  @FieldResolver(() => CustomerHistoryConnection, {
    description: 'What happened to the record, newest first (managers: it names who acted)',
  })
  history(
    @Root() customer: Customer,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customerHistory({ ctx, customerId: customer.id, page });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff notes; null for others' })
  notes(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    const staff = ctx.viewer ? STAFF_ROLES.includes(ctx.viewer.role) : Boolean(ctx.apiKey);
    return staff ? customer.notes : null;
  }
}
