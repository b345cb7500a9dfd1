import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import * as passwordReset from './password-reset.js';
import * as identity from './service.js';
import type { OnboardingStep } from './service.js';
import { AuthPayload, OnboardingStepEnum, RegisterCustomerInput, Session, User } from './types.js';

@Resolver()
export class IdentityResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous' })
  me(@Ctx() ctx: GraphQLContext) {
    return identity.getMe({ ctx });
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; also sets the plannivo_session cookie' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const input = {
      email,
      password,
      ip: ctx.http?.ip ?? null,
      userAgent: ctx.http?.userAgent ?? null,
    };
    const session = await identity.login({ ctx, input });
    ctx.http?.setSessionCookie(session.token, session.expiresAt);
    return { token: session.token, user: session.user };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookie' })
  async logout(@Ctx() ctx: GraphQLContext) {
    ctx.http?.clearSessionCookie();
    return identity.logout({ ctx });
  }

  @Mutation(() => User, { description: "Stores the caller's interface language (tr or en)" })
  setMyLocale(@Arg('locale', () => String) locale: string, @Ctx() ctx: GraphQLContext) {
    return identity.setMyLocale({ ctx, locale });
  }

  @Query(() => [Session], { description: "The caller's active sessions" })
  mySessions(@Ctx() ctx: GraphQLContext) {
    return identity.listMySessions({ ctx });
  }

  @Mutation(() => Boolean, { description: "Ends one of the caller's sessions" })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return identity.revokeSession({ ctx, id });
  }

  @Mutation(() => Int, {
    description: 'Ends every session of the caller but this one; returns how many',
  })
  revokeOtherSessions(@Ctx() ctx: GraphQLContext) {
    return identity.revokeOtherSessions({ ctx });
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session' })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return identity.changePassword({ ctx, input: { currentPassword, newPassword } });
  }

  @Mutation(() => AuthPayload, {
    description: 'Portal sign-up: a STUDENT account with its own customer record; sets the cookie',
  })
  async registerCustomer(
    @Arg('input', () => RegisterCustomerInput) input: RegisterCustomerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const session = await identity.registerCustomer({
      ctx,
      input: { ...input, ip: ctx.http?.ip ?? ctx.ip, userAgent: ctx.http?.userAgent ?? null },
    });
    ctx.http?.setSessionCookie(session.token, session.expiresAt);
    return { token: session.token, user: session.user };
  }

  @Mutation(() => Boolean, {
    description: 'Mails a one-time reset link if the account exists; always answers true',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: GraphQLContext) {
    return passwordReset.requestPasswordReset({ ctx, email });
  }

  @Mutation(() => Boolean, {
    description: "Sets a new password with a reset link's token; ends every session",
  })
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return passwordReset.resetPassword({ ctx, token, newPassword });
  }

  @Mutation(() => User, { description: "Records where the caller's portal onboarding resumes" })
  setOnboardingStep(
    @Arg('step', () => OnboardingStepEnum) step: OnboardingStep,
    @Ctx() ctx: GraphQLContext,
  ) {
    return identity.setOnboardingStep({ ctx, step });
  }
}
