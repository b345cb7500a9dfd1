import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import * as imports from './service.js';
import { CustomerImportReport } from './types.js';

@Resolver()
export class ImportResolver {
  @Mutation(() => CustomerImportReport, {
    description:
      'Imports customers from a CSV file (UTF-8, "," or ";", English or Turkish headers); a dry run only checks (managers)',
  })
  importCustomers(
    @Arg('csv', () => String, { description: 'The contents of the CSV file' }) csv: string,
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Arg('allOrNothing', () => Boolean, {
      nullable: true,
      description: 'Write nothing when any row is invalid',
    })
    allOrNothing: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return imports.importCustomers({ ctx, file: csv, dryRun, allOrNothing });
  }
}
