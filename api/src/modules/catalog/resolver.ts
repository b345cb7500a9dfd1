import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import * as catalog from './service.js';
import {
  CreatePackageInput,
  CreateServiceInput,
  Package,
  PackageItem,
  Service,
  ServiceKindEnum,
  UpdatePackageInput,
  UpdateServiceInput,
} from './types.js';
import { DisciplineEnum } from '../customers/types.js';
import type { Discipline } from '../customers/schema.js';
import type { ServiceKind } from './schema.js';

const priceOf = (input: { price?: { amountMinor: number; currency: string } | null }) =>
  input.price ? { priceMinor: input.price.amountMinor, currency: input.price.currency } : {};

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service], {
    description: 'What a location (or the school) sells, by kind and name',
  })
  services(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Arg('includeInactive', () => Boolean, { nullable: true, description: 'Management only' })
    includeInactive: boolean | null,
    @Arg('kind', () => ServiceKindEnum, { nullable: true }) kind: ServiceKind | null,
    @Arg('discipline', () => DisciplineEnum, { nullable: true }) discipline: Discipline | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return catalog.listServices({ ctx, locationId, includeInactive, kind, discipline });
  }

  @Mutation(() => Service, { description: 'Adds a lesson, rental or accommodation (managers)' })
  createService(
    @Arg('input', () => CreateServiceInput) input: CreateServiceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { price, ...rest } = input;
    return catalog.createService({
      ctx,
      input: { ...rest, priceMinor: price.amountMinor, currency: price.currency },
    });
  }

  @Mutation(() => Service, { description: 'Changes a service, or takes it off sale (managers)' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { price: _price, ...rest } = input;
    return catalog.updateService({ ctx, id, input: { ...rest, ...priceOf(input) } });
  }

  @FieldResolver(() => Money)
  price(@Root() service: Service, @Ctx() ctx: GraphQLContext) {
    return money(service.priceMinor, service.currency, ctx.viewer?.locale ?? 'en');
  }

  @FieldResolver(() => Location)
  location(@Root() service: Service, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationById.load(service.locationId);
  }
}

@Resolver(() => Package)
export class PackageResolver {
  @Query(() => [Package], { description: 'Courses, bundles and gifts on sale, by name' })
  packages(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Arg('includeInactive', () => Boolean, { nullable: true, description: 'Management only' })
    includeInactive: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return catalog.listPackages({ ctx, locationId, includeInactive });
  }

  @Mutation(() => Package, { description: 'Creates a course, bundle or gift package (managers)' })
  createPackage(
    @Arg('input', () => CreatePackageInput) input: CreatePackageInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { price, ...rest } = input;
    return catalog.createPackage({
      ctx,
      input: { ...rest, priceMinor: price.amountMinor, currency: price.currency },
    });
  }

  @Mutation(() => Package, {
    description: 'Changes a package, its items or whether it is on sale (managers)',
  })
  updatePackage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePackageInput) input: UpdatePackageInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { price: _price, ...rest } = input;
    return catalog.updatePackage({ ctx, id, input: { ...rest, ...priceOf(input) } });
  }

  @Mutation(() => Package, { description: 'Takes a package off sale, or back (managers)' })
  setPackageActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return catalog.setPackageActive({ ctx, id, active });
  }

  @FieldResolver(() => Money)
  price(@Root() pkg: Package, @Ctx() ctx: GraphQLContext) {
    return money(pkg.priceMinor, pkg.currency, ctx.viewer?.locale ?? 'en');
  }

  @FieldResolver(() => Location)
  location(@Root() pkg: Package, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationById.load(pkg.locationId);
  }

  @FieldResolver(() => [PackageItem])
  items(@Root() pkg: Package, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.itemsByPackageId.load(pkg.id);
  }
}

@Resolver(() => PackageItem)
export class PackageItemResolver {
  @FieldResolver(() => Service, { nullable: true })
  service(@Root() item: PackageItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.serviceById.load(item.serviceId);
  }
}
