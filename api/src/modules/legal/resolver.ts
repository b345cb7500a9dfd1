import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import type { LegalDocumentKind } from './schema.js';
import * as legal from './service.js';
import { LegalDocument, LegalDocumentKindEnum, PublishLegalDocumentInput } from './types.js';

@Resolver(() => LegalDocument)
export class LegalResolver {
  @Query(() => [LegalDocument], { description: 'What the caller must still accept' })
  pendingLegalDocuments(@Ctx() ctx: GraphQLContext) {
    return legal.pendingLegalDocuments({ ctx });
  }

  @Query(() => [LegalDocument], {
    description: 'The newest version of each document, for anyone (sign-up page)',
  })
  currentLegalDocuments(@Ctx() ctx: GraphQLContext) {
    return legal.currentLegalDocuments(ctx.db);
  }

  @Query(() => [LegalDocument], { description: 'Every published version, newest first (admins)' })
  legalDocuments(
    @Arg('kind', () => LegalDocumentKindEnum, { nullable: true }) kind: LegalDocumentKind | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return legal.listLegalDocuments({ ctx, kind });
  }

  @Mutation(() => Boolean, { description: 'Accepts current documents, by id' })
  acceptLegalDocuments(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext) {
    return legal.acceptLegalDocuments({ ctx, ids, userAgent: ctx.http?.userAgent ?? null });
  }

  @Mutation(() => User, { description: 'Opts in to or out of marketing mail' })
  setMarketingConsent(@Arg('optIn', () => Boolean) optIn: boolean, @Ctx() ctx: GraphQLContext) {
    return legal.setMarketingConsent({ ctx, optIn, userAgent: ctx.http?.userAgent ?? null });
  }

  @Mutation(() => LegalDocument, {
    description: 'Publishes a new version; a new TERMS or PRIVACY must be accepted again by all',
  })
  publishLegalDocument(
    @Arg('input', () => PublishLegalDocumentInput) input: PublishLegalDocumentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return legal.publishLegalDocument({ ctx, input });
  }

  @FieldResolver(() => Int, { description: 'How many users accepted this version (admins)' })
  acceptanceCount(@Root() doc: LegalDocument, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.acceptanceCountByDocumentId.load(doc.id);
  }
}
