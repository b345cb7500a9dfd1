import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Instructor } from '../instructors/types.js';
import { INELIGIBLE_REASONS, type IneligibleReason } from './matching.js';

export const IneligibleReasonEnum = Object.fromEntries(INELIGIBLE_REASONS.map((r) => [r, r])) as {
  [K in IneligibleReason]: K;
};
registerEnumType(IneligibleReasonEnum, {
  name: 'IneligibleReason',
  description: 'Why an instructor cannot teach a lesson at a time',
  valuesConfig: {
    INACTIVE: { description: 'The profile is deactivated' },
    NOT_AT_LOCATION: { description: 'Does not work at the service’s location' },
    NO_DISCIPLINE: { description: 'Does not teach the lesson’s discipline' },
    LEVEL_TOO_LOW: {
      description: 'Teaches the discipline below the service’s or a participant’s level',
    },
    NO_VALID_CERTIFICATION: {
      description: 'No certification for the discipline valid on the lesson’s local date',
    },
    NOT_WORKING: { description: 'Working hours there do not cover the lesson (local time)' },
    TIME_OFF: { description: 'Has time off then' },
    BUSY: { description: 'Already allocated then (another booking)' },
  },
});

@ObjectType({ description: 'A time a service can be booked, and what is free for it' })
export class Slot {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => [Instructor], {
    description:
      'Lessons: the instructors eligible and free, best first; a session’s own instructor',
  })
  instructors: Instructor[];

  @Field(() => Int, {
    description:
      'Places still open: a group session’s free places, else the capacity of a new booking as the free equipment allows; for a night, the free rooms that sleep the party',
  })
  placesLeft: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The running group session this slot joins; null for a new booking',
  })
  sessionBookingId: string | null;
}

@InputType({ description: 'A piece of gear asked for: a category, and a size if it matters' })
export class EquipmentNeedInput {
  @Field(() => String, { description: 'KITE, BOARD, WETSUIT, …' })
  @Length(1, 40)
  category: string;

  @Field(() => String, { nullable: true, description: 'As printed on it: 9m, 138cm, M' })
  @IsOptional()
  @MaxLength(40)
  size?: string | null;
}

@InputType()
export class AvailabilityInput {
  @Field(() => ID)
  serviceId: string;

  @Field(() => LocalDateScalar, { description: 'A day at the service’s location, local time' })
  date: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many take part (1 to the capacity); the customers given, or 1',
  })
  @IsOptional()
  @Min(1)
  @Max(50)
  participants?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Who takes part: their skill levels decide which instructors fit',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  customerIds?: string[] | null;

  @Field(() => [EquipmentNeedInput], {
    nullable: true,
    description: 'Gear asked for, on top of what the service needs per participant',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  equipment?: EquipmentNeedInput[] | null;
}

@ObjectType({ description: 'Whether an instructor could teach a lesson, and why not' })
export class InstructorMatch {
  @Field(() => Instructor)
  instructor: Instructor;

  @Field(() => Boolean)
  eligible: boolean;

  @Field(() => [IneligibleReasonEnum])
  reasons: IneligibleReason[];
}
