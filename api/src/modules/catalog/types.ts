import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DisciplineEnum, SkillLevelEnum } from '../customers/types.js';
import type { Discipline, SkillLevel } from '../customers/schema.js';
import { MoneyInput } from '../money/types.js';
import {
  LESSON_FORMATS,
  RENTAL_PERIODS,
  SERVICE_KINDS,
  type LessonFormat,
  type RentalPeriod,
  type ServiceKind,
} from './schema.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ServiceKindEnum = enumOf(SERVICE_KINDS);
registerEnumType(ServiceKindEnum, { name: 'ServiceKind' });
export const LessonFormatEnum = enumOf(LESSON_FORMATS);
registerEnumType(LessonFormatEnum, {
  name: 'LessonFormat',
  description: 'Private (1), semi-private (2–3) or group',
});
export const RentalPeriodEnum = enumOf(RENTAL_PERIODS);
registerEnumType(RentalPeriodEnum, { name: 'RentalPeriod' });

@ObjectType({ description: 'A lesson, rental or accommodation a location sells' })
export class Service {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ServiceKindEnum)
  kind: ServiceKind;

  @Field(() => DisciplineEnum, { nullable: true })
  discipline: Discipline | null;

  @Field(() => LessonFormatEnum, { nullable: true })
  lessonFormat: LessonFormat | null;

  @Field(() => RentalPeriodEnum, { nullable: true })
  rentalPeriod: RentalPeriod | null;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Int)
  capacity: number;

  @Field(() => SkillLevelEnum, { nullable: true })
  requiredLevel: SkillLevel | null;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Int, { description: 'Cancelling is free until this many hours before the start' })
  freeCancellationHours: number;

  @Field(() => Int, { description: 'After that, this share of the price is kept (basis points)' })
  lateCancellationFeeBps: number;

  @Field(() => [String], { description: 'Equipment categories each participant needs' })
  equipmentCategories: string[];

  locationId: string;
  priceMinor: number;
  currency: string;
}

/** The cancellation policy and gear of a service, as created and changed (inherited only). */
@InputType()
abstract class ServicePolicyFields {
  @Field(() => Int, {
    nullable: true,
    description: 'Free cancellation until N hours before (default 24)',
  })
  freeCancellationHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Late cancellation fee in basis points (default 5000)',
  })
  lateCancellationFeeBps?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Equipment categories each participant needs',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  equipmentCategories?: string[] | null;
}

@InputType()
export class CreateServiceInput extends ServicePolicyFields {
  @Field(() => ID)
  locationId: string;

  @Field(() => String)
  @Length(1, 120)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ServiceKindEnum)
  kind: ServiceKind;

  @Field(() => DisciplineEnum, { nullable: true })
  discipline?: Discipline | null;

  @Field(() => LessonFormatEnum, { nullable: true })
  lessonFormat?: LessonFormat | null;

  @Field(() => RentalPeriodEnum, { nullable: true })
  rentalPeriod?: RentalPeriod | null;

  @Field(() => Int, { nullable: true, description: 'Lessons; rentals and nights set their own' })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => SkillLevelEnum, { nullable: true })
  requiredLevel?: SkillLevel | null;

  @Field(() => MoneyInput)
  price: MoneyInput;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class UpdateServiceInput extends ServicePolicyFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DisciplineEnum, { nullable: true })
  discipline?: Discipline | null;

  @Field(() => LessonFormatEnum, { nullable: true })
  lessonFormat?: LessonFormat | null;

  @Field(() => RentalPeriodEnum, { nullable: true })
  rentalPeriod?: RentalPeriod | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => SkillLevelEnum, { nullable: true })
  requiredLevel?: SkillLevel | null;

  @Field(() => MoneyInput, { nullable: true })
  price?: MoneyInput | null;

  @Field(() => Boolean, { nullable: true, description: 'false takes it off sale' })
  active?: boolean | null;
}

@ObjectType()
export class PackageItem {
  @Field(() => Int, { description: 'Sessions of the service (hours, for hourly lessons)' })
  quantity: number;

  serviceId: string;
}

@ObjectType({ description: 'A course, bundle or gift bought ahead and used within its validity' })
export class Package {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Days it can be used after purchase' })
  validityDays: number;

  @Field(() => Boolean)
  gift: boolean;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Int, { description: 'Cancelling is free until this many hours before the start' })
  freeCancellationHours: number;

  @Field(() => Int, { description: 'After that, this share of the price is kept (basis points)' })
  lateCancellationFeeBps: number;

  @Field(() => [String], { description: 'Equipment categories each participant needs' })
  equipmentCategories: string[];

  locationId: string;
  priceMinor: number;
  currency: string;
}

@InputType()
export class PackageItemInput {
  @Field(() => ID)
  serviceId: string;

  @Field(() => Int)
  @Min(1)
  @Max(100)
  quantity: number;
}

@InputType()
export class CreatePackageInput {
  @Field(() => ID)
  locationId: string;

  @Field(() => String)
  @Length(1, 120)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  validityDays: number;

  @Field(() => MoneyInput)
  price: MoneyInput;

  @Field(() => Boolean, { nullable: true })
  gift?: boolean | null;

  @Field(() => [PackageItemInput])
  @ArrayMaxSize(20)
  items: PackageItemInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'On sale from the start; true when left out',
  })
  active?: boolean | null;
}

@InputType({ description: 'What to change in a package; items, when given, replace the list' })
export class UpdatePackageInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  validityDays?: number | null;

  @Field(() => MoneyInput, { nullable: true })
  price?: MoneyInput | null;

  @Field(() => Boolean, { nullable: true })
  gift?: boolean | null;

  @Field(() => [PackageItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  items?: PackageItemInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false takes it off sale' })
  active?: boolean | null;
}
