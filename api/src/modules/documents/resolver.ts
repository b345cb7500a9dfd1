import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Customer } from '../customers/types.js';
import * as documents from './service.js';
import { CustomerDocument } from './types.js';

@Resolver(() => CustomerDocument)
export class CustomerDocumentResolver {
  @Mutation(() => Boolean, {
    description:
      "Removes a document and its file: managers, or the record's own student or customer",
  })
  removeCustomerDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return documents.removeDocument({ ctx, id });
  }

  @FieldResolver(() => String, {
    description: 'Where to download it (GET, signed in as for /graphql), relative to the API',
  })
  url(@Root() document: CustomerDocument) {
    return documents.documentPath(document.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who uploaded it; null when that account is gone',
  })
  async uploadedByName(@Root() document: CustomerDocument, @Ctx() ctx: GraphQLContext) {
    if (!document.uploadedById) return null;
    return (await ctx.loaders.userById.load(document.uploadedById))?.name ?? null;
  }
}

@Resolver(() => Customer)
export class CustomerDocumentsResolver {
  @FieldResolver(() => [CustomerDocument], {
    description: 'Files kept on the record (ID, certificates…), newest first',
  })
  documents(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.documentsByCustomerId.load(customer.id);
  }
}
