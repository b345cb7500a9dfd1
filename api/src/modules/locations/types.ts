import { IsOptional, IsTimeZone, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A place where the school operates, with its own time zone and currency',
})
export class Location {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Istanbul' })
  timezone: string;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. TRY' })
  currency: string;
}

@InputType()
export class UpdateLocationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeZone()
  timezone?: string | null;
}
