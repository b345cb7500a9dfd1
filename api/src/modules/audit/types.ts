import { IsOptional, IsUUID, Length } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'One recorded change or security event; rows are hash-chained' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { description: 'What happened, e.g. auth.login, location.updated' })
  action: string;

  @Field(() => String, { nullable: true })
  entityType: string | null;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details of the change; never secrets' })
  data: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  actorUserId: string | null;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@InputType()
export class AuditLogFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Action, or its prefix (auth. matches every auth event)',
  })
  @IsOptional()
  @Length(1, 100)
  action?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
