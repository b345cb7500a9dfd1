import { ArrayMaxSize, IsEmail, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import {
  DISCIPLINES,
  SKILL_LEVELS,
  type CustomerSkill as Skill,
  type Discipline,
  type SkillLevel,
} from './schema.js';

export const DisciplineEnum = Object.fromEntries(DISCIPLINES.map((d) => [d, d])) as {
  [K in Discipline]: K;
};
registerEnumType(DisciplineEnum, { name: 'Discipline', description: 'A sport the school teaches' });

export const SkillLevelEnum = Object.fromEntries(SKILL_LEVELS.map((l) => [l, l])) as {
  [K in SkillLevel]: K;
};
registerEnumType(SkillLevelEnum, { name: 'SkillLevel' });

@ObjectType()
export class CustomerSkill {
  @Field(() => DisciplineEnum)
  discipline: Discipline;

  @Field(() => SkillLevelEnum)
  level: SkillLevel;
}

@InputType()
export class CustomerSkillInput {
  @Field(() => DisciplineEnum)
  discipline: Discipline;

  @Field(() => SkillLevelEnum)
  level: SkillLevel;
}

@ObjectType({ description: 'A person the school serves' })
export class Customer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactName: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactPhone: string | null;

  @Field(() => Int, { nullable: true, description: 'For equipment sizing' })
  weightKg: number | null;

  @Field(() => Int, { nullable: true, description: 'For equipment sizing' })
  heightCm: number | null;

  @Field(() => [CustomerSkill])
  skills: Skill[];

  @Field(() => [String])
  tags: string[];

  @Field(() => Date)
  createdAt: Date;

  notes: string | null;
  userId: string | null;
  guardianId: string | null;
  mergedIntoId: string | null;
}

@ObjectType()
export class CustomerConnection extends Connection(Customer) {}

@InputType()
export class CustomerFilter {
  @Field(() => [String], { nullable: true, description: 'Records with every one of these tags' })
  @IsOptional()
  @ArrayMaxSize(10)
  tags?: string[] | null;

  @Field(() => DisciplineEnum, { nullable: true, description: 'Records with a skill in it' })
  discipline?: Discipline | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With (true) or without (false) an account',
  })
  hasAccount?: boolean | null;
}

@InputType({ description: 'The fields of a customer record; on update, absent ones stay' })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(6, 24)
  phone?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactName?: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactPhone?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(10)
  @Max(250)
  weightKg?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(50)
  @Max(250)
  heightCm?: number | null;

  @Field(() => [CustomerSkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  skills?: CustomerSkillInput[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Staff notes' })
  notes?: string | null;
}

@InputType()
export class CreateCustomerInput extends UpdateCustomerInput {
  @Field(() => String)
  @Length(1, 200)
  declare name: string;
}
