import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import * as sizing from './service.js';
import { SizingInput, SizingSuggestion } from './types.js';

@Resolver()
export class SizingResolver {
  @Query(() => [SizingSuggestion], {
    description:
      'Size suggestions for a rider (kite from weight and wind, twin-tip from weight, wetsuit from height and weight), each with the location’s stock nearest first (signed-in users)',
  })
  sizingSuggestions(
    @Arg('input', () => SizingInput) input: SizingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return sizing.sizingSuggestions({ ctx, input });
  }
}
