import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SIZING_REASON_CODES, type SizingReasonCode } from './rules.js';

export const SizingReasonCodeEnum = Object.fromEntries(SIZING_REASON_CODES.map((c) => [c, c])) as {
  [K in SizingReasonCode]: K;
};
registerEnumType(SizingReasonCodeEnum, {
  name: 'SizingReasonCode',
  description: 'The rule behind a size suggestion, or why there is none; clients word it',
  valuesConfig: {
    KITE_RULE: { description: 'Kite: weight (kg) × 2.2 ÷ wind (knots), rounded (exactSize)' },
    KITE_SMALLEST: { description: 'Kite: the rule gives less than 5 m; the smallest kite' },
    KITE_LARGEST: { description: 'Kite: the rule gives more than 17 m; the largest kite' },
    WIND_TOO_LIGHT: { description: 'Kite: wind under windLimitKnots (8): too light to ride' },
    WIND_TOO_STRONG: { description: 'Kite: wind over windLimitKnots (35): too strong for lessons' },
    BOARD_WEIGHT: { description: 'Twin-tip: the length band of the weight (bandMinKg–bandMaxKg)' },
    WETSUIT_CHART: { description: 'Wetsuit: height and weight give the same size' },
    WETSUIT_BETWEEN: {
      description:
        'Wetsuit: height and weight give heightSize and weightSize; the build (bmi) chose',
    },
    WETSUIT_HEIGHT_ONLY: { description: 'Wetsuit: from the height alone' },
    WETSUIT_WEIGHT_ONLY: { description: 'Wetsuit: from the weight alone' },
    NEEDS_WEIGHT: { description: "The rule needs the rider's weight" },
    NEEDS_WIND: { description: 'The kite rule needs the wind' },
    NEEDS_BODY: { description: 'The wetsuit chart needs height or weight' },
    NO_RULE: { description: 'No rule for this category' },
  },
});

@InputType({ description: 'A rider, the gear wanted, and optionally when' })
export class SizingInput {
  @Field(() => ID)
  locationId: string;

  @Field(() => [String], { description: 'KITE, BOARD (twin-tip), WETSUIT …; 1 to 10' })
  categories: string[];

  @Field(() => Float, { nullable: true, description: '10 to 250' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true, description: '50 to 250' })
  heightCm?: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean wind in knots, 0 to 80' })
  windKnots?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'With endsAt: count the items free over [startsAt, endsAt) (at most 31 days)',
  })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;
}

@ObjectType({ description: 'Why a size was suggested, with the numbers the rule used' })
export class SizingReason {
  @Field(() => SizingReasonCodeEnum)
  code: SizingReasonCode;

  @Field(() => Float, { nullable: true, description: 'Kite: the rule’s m² before rounding' })
  exactSize?: number | null;

  @Field(() => Float, { nullable: true, description: 'Kite: the wind limit crossed, knots' })
  windLimitKnots?: number | null;

  @Field(() => Float, { nullable: true, description: 'Board: the band’s lower weight, kg' })
  bandMinKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Board: the band’s upper weight, kg' })
  bandMaxKg?: number | null;

  @Field(() => String, { nullable: true, description: 'Wetsuit: the chart’s size for the height' })
  heightSize?: string | null;

  @Field(() => String, { nullable: true, description: 'Wetsuit: the chart’s size for the weight' })
  weightSize?: string | null;

  @Field(() => Float, { nullable: true, description: 'Wetsuit: body mass index, one decimal' })
  bmi?: number | null;
}

@ObjectType({ description: 'A stocked size of a category at the location' })
export class SizingStock {
  @Field(() => String)
  size: string;

  @Field(() => Int, { description: 'Items of this size that are not retired' })
  total: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Items of this size free over the asked time; null when no time was asked',
  })
  free: number | null;

  @Field(() => Boolean, { description: 'Within the suggested range' })
  inRange: boolean;

  @Field(() => Boolean, { description: 'The suggested size itself' })
  suggested: boolean;
}

@ObjectType({ description: 'A size suggestion for one category, with the stock nearest to it' })
export class SizingSuggestion {
  @Field(() => String, { description: 'The category as a stored key (KITE, WETSUIT …)' })
  category: string;

  @Field(() => String, {
    nullable: true,
    description: 'As sizes are stored: 9m, 138cm, M; null when there is none (see reason)',
  })
  size: string | null;

  @Field(() => String, { nullable: true, description: 'The smallest size that also fits' })
  rangeFrom: string | null;

  @Field(() => String, { nullable: true, description: 'The largest size that also fits' })
  rangeTo: string | null;

  @Field(() => SizingReason)
  reason: SizingReason;

  @Field(() => [SizingStock], {
    description: 'The location’s sizes of the category: those to be had first, nearest first',
  })
  stock: SizingStock[];
}
