import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import * as certifications from './certifications.js';
import { certificationStatus } from './rules.js';
import * as schedule from './schedule.js';
import * as instructors from './service.js';
import {
  Certification,
  CertificationInput,
  CertificationStatusEnum,
  Instructor,
  InstructorCandidate,
  InstructorFilter,
  InstructorInput,
  PayRate,
  TimeOff,
  WorkingHours,
  WorkingHoursInput,
} from './types.js';

const hhmm = (time: string) => time.slice(0, 5);
const hoursOut = (
  rows: Array<{ locationId: string; weekday: number; startTime: string; endTime: string }>,
) => rows.map((r) => ({ ...r, start: hhmm(r.startTime), end: hhmm(r.endTime) }));

@Resolver(() => Instructor)
export class InstructorResolver {
  @Query(() => [Instructor], {
    description:
      'Active instructors by name (and inactive ones for management with includeInactive); of one location, and matching the filter, if given',
  })
  instructors(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Arg('includeInactive', () => Boolean, { nullable: true, description: 'Management only' })
    includeInactive: boolean | null,
    @Arg('filter', () => InstructorFilter, { nullable: true }) filter: InstructorFilter | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.listInstructors({ ctx, locationId, includeInactive, filter });
  }

  @Query(() => Instructor, { nullable: true })
  instructor(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return instructors.getInstructor({ ctx, id });
  }

  @Query(() => Instructor, {
    nullable: true,
    description: "The caller's own instructor profile; null without one",
  })
  myInstructorProfile(@Ctx() ctx: GraphQLContext) {
    return instructors.getOwnInstructor({ ctx });
  }

  @Query(() => [InstructorCandidate], {
    description:
      'Active staff accounts without an instructor profile, instructors first (managers)',
  })
  instructorCandidates(@Ctx() ctx: GraphQLContext) {
    return instructors.listInstructorCandidates({ ctx });
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

  @Mutation(() => Instructor, {
    description: 'Deactivates (false) or reactivates (true) an instructor profile (managers)',
  })
  setInstructorActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return instructors.setInstructorActive({ ctx, id, active });
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
    return hoursOut(
      await schedule.setInstructorHours({ ctx, instructorId, locationId, blocks: hours }),
    );
  }

  @Mutation(() => TimeOff, { description: 'Time off: managers, or the instructor for themself' })
  addTimeOff(
    @Arg('instructorId', () => ID) instructorId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('endsAt', () => Date) endsAt: Date,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return schedule.addTimeOff({ ctx, instructorId, startsAt, endsAt, reason });
  }

  @Mutation(() => Boolean, { description: 'Removes time off (as addTimeOff)' })
  removeTimeOff(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return schedule.removeTimeOff({ ctx, id });
  }

  @Mutation(() => Certification, { description: 'Adds a certification with its expiry (managers)' })
  addCertification(
    @Arg('instructorId', () => ID) instructorId: string,
    @Arg('input', () => CertificationInput) input: CertificationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return certifications.addCertification({ ctx, instructorId, input });
  }

  @Mutation(() => Certification, {
    description: "Replaces a certification's fields, e.g. a renewal's expiry (managers)",
  })
  updateCertification(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CertificationInput) input: CertificationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return certifications.updateCertification({ ctx, id, input });
  }

  @Mutation(() => Boolean, { description: 'Removes a certification (managers)' })
  removeCertification(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return certifications.removeCertification({ ctx, id });
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The staff account; shown to managers and the instructor only',
  })
  user(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    if (!row.userId || !instructors.isManagementOrSelf(ctx, row)) return null;
    return ctx.loaders.userById.load(row.userId);
  }

  @FieldResolver(() => [Location])
  async locations(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.locationIdsByInstructorId.load(row.id);
    const rows = await ctx.loaders.locationById.loadMany(ids);
    return rows
      .filter((r) => r && !(r instanceof Error))
      .sort((a, b) => (a as Location).name.localeCompare((b as Location).name));
  }

  @FieldResolver(() => [Certification], {
    description: 'Soonest expiry first, those without an expiry last',
  })
  certifications(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.certificationsByInstructorId.load(row.id);
  }

  @FieldResolver(() => [WorkingHours], { description: 'Weekly hours, at one location if given' })
  async workingHours(
    @Root() row: Instructor,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return hoursOut(await schedule.hoursOf(ctx.db, row.id, locationId));
  }

  @FieldResolver(() => [TimeOff], {
    description:
      'Time off overlapping [from, to); the reason is shown to managers and the instructor only',
  })
  async timeOff(
    @Root() row: Instructor,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: GraphQLContext,
  ) {
    const rows = await schedule.timeOffOf(ctx.db, row.id, from, to);
    return instructors.isManagementOrSelf(ctx, row)
      ? rows
      : rows.map((r) => ({ ...r, reason: null }));
  }

  @FieldResolver(() => PayRate, { nullable: true, description: 'Managers and the instructor only' })
  payRate(@Root() row: Instructor, @Ctx() ctx: GraphQLContext) {
    if (!instructors.isManagementOrSelf(ctx, row)) return null;
    return {
      type: row.payType,
      hourly:
        row.payType === 'HOURLY' && row.payCurrency
          ? money(row.payAmount, row.payCurrency, ctx.viewer?.locale ?? 'en')
          : null,
      commissionPercent: row.payType === 'COMMISSION' ? row.payAmount / 100 : null,
      commissionBasisPoints: row.payType === 'COMMISSION' ? row.payAmount : null,
    };
  }
}

/** A certification's status and days left, counted from today (UTC) by the request's clock. */
@Resolver(() => Certification)
export class CertificationResolver {
  @FieldResolver(() => CertificationStatusEnum)
  status(@Root() row: Certification, @Ctx() ctx: GraphQLContext) {
    return certificationStatus(row.expiresOn, ctx.now().toISOString().slice(0, 10)).status;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days until expiry: 0 expires today, negative expired; null without expiry',
  })
  expiresInDays(@Root() row: Certification, @Ctx() ctx: GraphQLContext) {
    return certificationStatus(row.expiresOn, ctx.now().toISOString().slice(0, 10)).expiresInDays;
  }
}
