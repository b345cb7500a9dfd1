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
