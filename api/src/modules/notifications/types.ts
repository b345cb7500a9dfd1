import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'A message to the signed-in user, in their language' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'What happened, e.g. waitlist.offered' })
  kind: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => GraphQLJSONObject, { description: 'Ids to link to (bookingId, …)' })
  data: Record<string, string>;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
