import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, type Role } from './schema.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user is to the school' });

@ObjectType({ description: 'A person who can sign in' })
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { description: 'Interface language: tr or en' })
  locale: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description: 'Session token, for clients that send Authorization: Bearer',
  })
  token: string;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A signed-in device or browser of the caller' })
export class Session {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  lastUsedAt: Date;

  @Field(() => Date, { description: 'When it ends at the latest, used or not' })
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => Boolean, { description: 'The session of this request' })
  current: boolean;
}
