import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import * as availability from './service.js';
import { AvailabilityInput, InstructorMatch, Slot } from './types.js';

@Resolver()
export class AvailabilityResolver {
  @Query(() => [Slot], {
    description:
      'When a service can be booked on a local date, for the participants and equipment given',
  })
  availability(
    @Arg('input', () => AvailabilityInput) input: AvailabilityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return availability.availability({ ctx, input });
  }

  @Query(() => [InstructorMatch], {
    description:
      'Staff: every instructor of the service’s location and why they could or could not teach a lesson starting then',
  })
  instructorMatches(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('customerIds', () => [ID], { nullable: true }) customerIds: string[] | null,
    @Arg('bookingId', () => ID, {
      nullable: true,
      description:
        'When reassigning a booking: its own length is used and it does not make anyone busy',
    })
    bookingId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return availability.explainInstructors({ ctx, serviceId, startsAt, customerIds, bookingId });
  }
}
