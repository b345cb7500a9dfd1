import { ArrayMaxSize, IsEmail, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { INVITATION_STATUSES, type InvitationStatus } from './invitations.js';
import { ROLES, type Role } from './schema.js';
import { ONBOARDING_STEPS, type OnboardingStep } from './service.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user is to the school' });

export const OnboardingStepEnum = Object.fromEntries(ONBOARDING_STEPS.map((s) => [s, s])) as {
  [K in OnboardingStep]: K;
};
registerEnumType(OnboardingStepEnum, { name: 'OnboardingStep' });

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

  @Field(() => Boolean, { description: 'Agreed to receive marketing mail' })
  marketingOptIn: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => OnboardingStepEnum, {
    nullable: true,
    description: 'Where the portal onboarding resumes; null when the account never had one',
  })
  onboardingStep: OnboardingStep | null;

  @Field(() => Date)
  createdAt: Date;

  deactivatedAt: Date | null;
}

@ObjectType()
export class UserConnection extends Connection(User) {}

@InputType()
export class UserFilter {
  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or email' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only active (true) or deactivated (false)',
  })
  active?: boolean | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the locations (staff)' })
  @IsOptional()
  @ArrayMaxSize(100)
  locationIds?: string[] | null;
}

@InputType()
export class RegisterCustomerInput {
  @Field(() => String)
  @IsEmail()
  email: string;

  @Field(() => String)
  password: string;

  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'tr or en' })
  locale?: string | null;
}

export const InvitationStatusEnum = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, s])) as {
  [K in InvitationStatus]: K;
};
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType({ description: 'A staff member invited by email' })
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  revokedAt: Date | null;
  locationIds: string[];
  invitedByUserId: string | null;
}

@ObjectType({ description: 'What the accept page shows about a pending invitation' })
export class InvitationPreview {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Date)
  expiresAt: Date;
}

@InputType()
export class InviteStaffInput {
  @Field(() => String)
  @IsEmail()
  email: string;

  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => RoleEnum, { description: 'ADMIN, MANAGER or INSTRUCTOR' })
  role: Role;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  locationIds: string[];
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
