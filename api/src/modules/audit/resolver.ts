import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import * as audit from './service.js';
import { AuditEntry, AuditEntryConnection, AuditLogFilter } from './types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (admins)' })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return audit.listAuditEntries({ ctx, filter, page });
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who did it; null for anonymous or system events',
  })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext) {
    return entry.actorUserId ? ctx.loaders.userById.load(entry.actorUserId) : null;
  }
}
