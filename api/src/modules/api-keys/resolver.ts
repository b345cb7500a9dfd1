import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import * as apiKeys from './service.js';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from './types.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: 'Every API key, newest first (admins)' })
  apiKeys(@Ctx() ctx: GraphQLContext) {
    return apiKeys.listApiKeys({ ctx });
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an API key; its secret is shown once' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return apiKeys.createApiKey({ ctx, input });
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key at once' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return apiKeys.revokeApiKey({ ctx, id });
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext) {
    return key.createdByUserId ? ctx.loaders.userById.load(key.createdByUserId) : null;
  }
}
