import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import * as instructors from './service.js';
import {
  Certification,
  CertificationInput,
  Instructor,
  InstructorInput,
  PayRate,
  TimeOff,
  WorkingHours,
  WorkingHoursInput,
} from './types.js';

const hhmm = (time: string) => time.slice(0, 5);

@Resolver(() => Instructor)
export class InstructorResolver {
  @Query(() => [Instructor], {
    description: 'Active instructors, by name; of one location if given',
  })
  instructors(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.listInstructors({ ctx, locationId });
  }

  @Query(() => Instructor, { nullable: true })
  instructor(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return instructors.getInstructor({ ctx, id });
  }

  @Mutation(() => Instructor, { description: 'Creates an instructor profile (managers)' })
  createInstructor(
    @Arg('input', () => InstructorInput) input: InstructorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.createInstructor({ ctx, input });
  }

  @Mutation(() => Instructor, { description: 'Changes an instructor profile (managers)' })
  updateInstructor(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InstructorInput) input: InstructorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.updateInstructor({ ctx, id, input });
  }

  @Mutation(() => [WorkingHours], {
    description: "Replaces an instructor's weekly hours at a location (managers)",
  })
  async setInstructorHours(
    @Arg('instructorId', () => ID) instructorId: string,
    @Arg('locationId', () => ID) locationId: string,
    @Arg('hours', () => [WorkingHoursInput]) hours: WorkingHoursInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    const rows = await instructors.setInstructorHours({
      ctx,
      instructorId,
      locationId,
      blocks: hours,
    });
    return rows.map((r) => ({ ...r, start: hhmm(r.startTime), end: hhmm(r.endTime) }));
  }

  @Mutation(() => TimeOff, { description: 'Time off: managers, or the instructor for themself' })
  addTimeOff(
    @Arg('instructorId', () => ID) instructorId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.addTimeOff({ ctx, instructorId, startsAt, endsAt, reason });
  }

  @Mutation(() => Boolean, { description: 'Removes time off (as addTimeOff)' })
  removeTimeOff(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return instructors.removeTimeOff({ ctx, id });
  }

  @Mutation(() => Certification, { description: 'Adds a certification with its expiry (managers)' })
  addCertification(
    @Arg('instructorId', () => ID) instructorId: string,
    @Arg('input', () => CertificationInput) input: CertificationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.addCertification({ ctx, instructorId, input });
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    return row.userId ? ctx.loaders.userById.load(row.userId) : null;
  }

  @FieldResolver(() => [Location])
  async locations(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.locationIdsByInstructorId.load(row.id);
    const rows = await ctx.loaders.locationById.loadMany(ids);
    return rows.filter((r) => r && !(r instanceof Error));
  }

  @FieldResolver(() => [Certification])
  certifications(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.certificationsByInstructorId.load(row.id);
  }

  @FieldResolver(() => [WorkingHours], { description: 'Weekly hours, at one location if given' })
  async workingHours(
    @Root() row: Instructor,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const rows = await instructors.hoursOf(ctx.db, row.id, locationId);
    return rows.map((r) => ({ ...r, start: hhmm(r.startTime), end: hhmm(r.endTime) }));
  }

  @FieldResolver(() => [TimeOff], { description: 'Time off overlapping [from, to)' })
  timeOff(
    @Root() row: Instructor,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.timeOffOf(ctx.db, row.id, from, to);
  }

  @FieldResolver(() => PayRate, { nullable: true, description: 'Managers and the instructor only' })
  payRate(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    const own = row.userId !== null && row.userId === ctx.viewer?.userId;
    if (!instructors.isManagement(ctx) && !own) return null;
    return {
      type: row.payType,
      hourly:
        row.payType === 'HOURLY' && row.payCurrency
          ? money(row.payAmount, row.payCurrency, ctx.viewer?.locale ?? 'en')
          : null,
      commissionPercent: row.payType === 'COMMISSION' ? row.payAmount / 100 : null,
    };
  }
}
