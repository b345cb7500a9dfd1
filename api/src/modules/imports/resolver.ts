import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import * as imports from './service.js';
import { ImportReport } from './types.js';

const csvArg = { description: 'The contents of the CSV file (larger files: POST /imports/:kind)' };
const allOrNothingArg = {
  nullable: true,
  description: 'Write nothing when any row is invalid',
} as const;

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports customers from a CSV file (UTF-8, "," or ";", English or Turkish headers); a dry run only checks (managers)',
  })
  importCustomers(
    @Arg('csv', () => String, csvArg) csv: string,
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Arg('allOrNothing', () => Boolean, allOrNothingArg) allOrNothing: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return imports.importCustomers({ ctx, file: csv, dryRun, allOrNothing });
  }

  @Mutation(() => ImportReport, {
    description:
      'Imports catalog packages from a CSV file: location, name, validity, price in the location\'s currency, items as "Service x 10; Other x 2"; a dry run only checks (managers)',
  })
  importPackages(
    @Arg('csv', () => String, csvArg) csv: string,
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Arg('allOrNothing', () => Boolean, allOrNothingArg) allOrNothing: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return imports.importPackages({ ctx, file: csv, dryRun, allOrNothing });
  }

  @Mutation(() => ImportReport, {
    description:
      "Imports equipment from a CSV file: location, name, category, size, brand, model, serial number, purchase date and cost (in the location's currency), usage hours, notes, status; a dry run only checks (managers)",
  })
  importEquipment(
    @Arg('csv', () => String, csvArg) csv: string,
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Arg('allOrNothing', () => Boolean, allOrNothingArg) allOrNothing: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return imports.importEquipment({ ctx, file: csv, dryRun, allOrNothing });
  }
}
