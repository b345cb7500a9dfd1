import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Location } from '../locations/types.js';
import * as invitations from './invitations.js';
import type { InvitationStatus } from './invitations.js';
import {
  AuthPayload,
  Invitation,
  InvitationPreview,
  InvitationStatusEnum,
  InviteStaffInput,
  User,
} from './types.js';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => [Invitation], { description: 'Staff invitations, newest first (admins)' })
  invitations(
    @Arg('status', () => InvitationStatusEnum, { nullable: true }) status: InvitationStatus | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return invitations.listInvitations({ ctx, status });
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description: "A pending invitation by its link's token; null when it no longer works",
  })
  invitation(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext) {
    return invitations.previewInvitation({ ctx, token });
  }

  @Mutation(() => Invitation, { description: 'Invites a staff member by email (admins)' })
  inviteStaff(
    @Arg('input', () => InviteStaffInput) input: InviteStaffInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return invitations.inviteStaff({ ctx, input });
  }

  @Mutation(() => Invitation, { description: 'Mails a new link with a new expiry (admins)' })
  resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return invitations.resendInvitation({ ctx, id });
  }

  @Mutation(() => Invitation, { description: 'Withdraws an invitation (admins)' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return invitations.revokeInvitation({ ctx, id });
  }

  @Mutation(() => AuthPayload, {
    description: 'Creates the invited account and signs it in; sets the cookie',
  })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('name', () => String) name: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const session = await invitations.acceptInvitation({
      ctx,
      input: {
        token,
        name,
        password,
        ip: ctx.http?.ip ?? ctx.ip,
        userAgent: ctx.http?.userAgent ?? null,
      },
    });
    ctx.http?.setSessionCookie(session.token, session.expiresAt);
    return { token: session.token, user: session.user };
  }

  @FieldResolver(() => InvitationStatusEnum)
  status(@Root() row: Invitation, @Ctx() ctx: GraphQLContext) {
    return invitations.invitationStatus(row as never, ctx.now());
  }

  @FieldResolver(() => [Location])
  async locations(@Root() row: Invitation, @Ctx() ctx: GraphQLContext) {
    const rows = await ctx.loaders.locationById.loadMany(row.locationIds);
    return rows.filter((r) => r && !(r instanceof Error));
  }

  @FieldResolver(() => User, { nullable: true })
  invitedBy(@Root() row: Invitation, @Ctx() ctx: GraphQLContext) {
    return row.invitedByUserId ? ctx.loaders.userById.load(row.invitedByUserId) : null;
  }
}
