import { filter, pipe } from '@graphql-yoga/subscription';
import {
  Arg,
  Args,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { assertSubscriber } from '../../auth/guards.js';
import { notFound } from '../../errors.js';
import { PageArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import type { EventMap } from '../../platform/pubsub.js';
import { ROLES } from '../identity/schema.js';
import * as notifications from './service.js';
import { Notification, NotificationConnection } from './types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first' })
  notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return notifications.listNotifications({ ctx, unreadOnly, page });
  }

  @Mutation(() => Int, { description: 'Marks the caller’s notifications read; how many changed' })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext) {
    return notifications.markNotificationsRead({ ctx, ids });
  }

  // Checked on subscribe (shield does not reach it); each event is for one user only.
  @Subscription(() => Notification, {
    description: 'Notifications for the signed-in user as they are written',
    subscribe: async ({ context }) => {
      const ctx = context as GraphQLContext;
      await assertSubscriber(ctx, ROLES);
      return pipe(
        ctx.deps.platform.events.subscribe('NOTIFICATION_CREATED'),
        filter((event: EventMap['NOTIFICATION_CREATED']) => event.userId === ctx.viewer?.userId),
      );
    },
  })
  async notificationReceived(
    @Root() event: EventMap['NOTIFICATION_CREATED'],
    @Ctx() ctx: GraphQLContext,
  ) {
    const row = await notifications.ownNotification(ctx, event.notificationId);
    if (!row) throw notFound('Notification');
    return row;
  }
}
