import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CustomerSkill, CustomerSkillInput, DisciplineEnum } from '../customers/types.js';
import type { CustomerSkill as Skill, Discipline } from '../customers/schema.js';
import { Money } from '../money/types.js';
import { RoleEnum } from '../identity/types.js';
import type { Role } from '../identity/schema.js';
import type { CertificationStatus as Status } from './rules.js';
import { PAY_TYPES, type PayType } from './schema.js';

export const PayTypeEnum = Object.fromEntries(PAY_TYPES.map((p) => [p, p])) as {
  [K in PayType]: K;
};
registerEnumType(PayTypeEnum, {
  name: 'PayType',
  description: 'Paid by the hour, or a share of the price',
});

export const CertificationStatusEnum = {
  VALID: 'VALID',
  EXPIRING_SOON: 'EXPIRING_SOON',
  EXPIRED: 'EXPIRED',
} as const satisfies { [K in Status]: K };
registerEnumType(CertificationStatusEnum, {
  name: 'CertificationStatus',
  description: 'VALID (or without expiry), EXPIRING_SOON (within 60 days), EXPIRED',
});

@ObjectType()
export class PayRate {
  @Field(() => PayTypeEnum)
  type: PayType;

  @Field(() => Money, { nullable: true, description: 'HOURLY: per hour' })
  hourly: Money | null;

  @Field(() => Float, { nullable: true, description: 'COMMISSION: percent of the price' })
  commissionPercent: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'COMMISSION: basis points of the price (1500 = 15%), as InstructorInput takes it',
  })
  commissionBasisPoints: number | null;
}

@ObjectType()
export class Certification {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The certificate’s name, without its issuer' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Who issued it (IKO, VDWS, PADI, …)' })
  issuer: string | null;

  @Field(() => String, { nullable: true, description: 'The certificate number' })
  number: string | null;

  @Field(() => DisciplineEnum, { nullable: true })
  discipline: Discipline | null;

  @Field(() => String, { nullable: true })
  level: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  expiresOn: string | null;

  instructorId: string;
}

@ObjectType({ description: 'A staff account that can be given an instructor profile' })
export class InstructorCandidate {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;
}

@InputType()
export class InstructorFilter {
  @Field(() => DisciplineEnum, { nullable: true, description: 'Teaches this discipline' })
  discipline?: Discipline | null;

  @Field(() => String, { nullable: true, description: 'Teaches in this language (tr, en, …)' })
  @IsOptional()
  @MaxLength(10)
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType({ description: 'A weekly block of working time, in the location’s local time' })
export class WorkingHours {
  @Field(() => ID)
  locationId: string;

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  weekday: number;

  @Field(() => String, { description: 'HH:MM' })
  start: string;

  @Field(() => String, { description: 'HH:MM' })
  end: string;
}

@ObjectType()
export class TimeOff {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType({ description: 'A person who teaches' })
export class Instructor {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => [String], { description: 'Languages they teach in (tr, en, de, …)' })
  languages: string[];

  @Field(() => [CustomerSkill], { description: 'Disciplines, with the highest level taught' })
  disciplines: Skill[];

  @Field(() => Boolean)
  active: boolean;

  userId: string | null;
  payType: PayType;
  payAmount: number;
  payCurrency: string | null;
}

@InputType()
export class InstructorInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff account this profile belongs to' })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  languages?: string[] | null;

  @Field(() => [CustomerSkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  disciplines?: CustomerSkillInput[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  locationIds?: string[] | null;

  @Field(() => PayTypeEnum, { nullable: true })
  payType?: PayType | null;

  @Field(() => Int, {
    nullable: true,
    description: 'HOURLY: minor units per hour; COMMISSION: basis points (1500 = 15%)',
  })
  payAmount?: number | null;

  @Field(() => String, { nullable: true })
  payCurrency?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class WorkingHoursInput {
  @Field(() => Int)
  weekday: number;

  @Field(() => String)
  start: string;

  @Field(() => String)
  end: string;
}

@InputType()
export class CertificationInput {
  @Field(() => String, { description: 'Instructor Level 2, OWSI, …: without the issuer' })
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'At most 120 characters; blank clears it' })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 60 characters; blank clears it' })
  number?: string | null;

  @Field(() => DisciplineEnum, { nullable: true })
  discipline?: Discipline | null;

  @Field(() => String, { nullable: true, description: 'Level or rating (Level 2, OWSI, …)' })
  level?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'A date in the past is accepted and shown as EXPIRED',
  })
  expiresOn?: string | null;
}
