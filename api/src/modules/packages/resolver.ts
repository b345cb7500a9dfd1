import {
  Arg,
  Args,
  Ctx,
  Float,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { Booking } from '../bookings/types.js';
import { Service } from '../catalog/types.js';
import type { CustomerRow } from '../customers/schema.js';
import { Customer } from '../customers/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import type { PaymentRow } from '../payments/schema.js';
import { Payment } from '../payments/types.js';
import { formatCode } from './codes.js';
import * as read from './read.js';
import type { PackageItemView, PackageView } from './read.js';
import { voucherStatus, type VoucherStatus } from './rules.js';
import type { PackageUsageRow, VoucherRow } from './schema.js';
import { sellPackage } from './sell.js';
import {
  CustomerPackage,
  CustomerPackageItem,
  IssueVoucherInput,
  PackageSale,
  PackageUsage,
  RedeemVoucherInput,
  SellPackageInput,
  Voucher,
  VoucherConnection,
  VoucherFilter,
  VoucherPageArgs,
  VoucherSale,
  VoucherStatusEnum,
} from './types.js';
import * as vouchers from './vouchers.js';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

@Resolver(() => CustomerPackage)
export class CustomerPackageResolver {
  @Query(() => [CustomerPackage], {
    description:
      'A customer’s packages with what is left (staff; a student for their own record and dependents’), newest first',
  })
  customerPackages(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: GraphQLContext) {
    return read.listCustomerPackages({ ctx, customerId });
  }

  @Query(() => [CustomerPackage], {
    description: 'The caller’s packages and their dependents’ (portal)',
  })
  myPackages(@Ctx() ctx: GraphQLContext) {
    return read.myPackages({ ctx });
  }

  @Mutation(() => PackageSale, {
    description:
      'Sells a catalog package (management): paid now, used by completed lessons; the same idempotencyKey again returns the first sale',
  })
  sellPackage(
    @Arg('input', () => SellPackageInput) input: SellPackageInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return sellPackage({ ctx, input });
  }

  @FieldResolver(() => Float, { description: 'remainingMinutes in hours (two decimals)' })
  remainingHours(@Root() pkg: PackageView) {
    return hours(pkg.remainingMinutes);
  }

  @FieldResolver(() => [CustomerPackageItem])
  items(@Root() pkg: PackageView): CustomerPackageItem[] {
    return pkg.items.map((i: PackageItemView) => ({
      unit: i.kind === 'LESSON' ? 'MINUTES' : 'SESSIONS',
      units: i.units,
      used: i.used,
      remaining: i.remaining,
      serviceId: i.serviceId,
    }));
  }

  @FieldResolver(() => Money, { description: 'What was paid for it (gross)' })
  price(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    return money(pkg.priceMinor, pkg.currency, localeOf(ctx));
  }

  @FieldResolver(() => Money, {
    description: 'Of the price, what is still deferred (not yet used or expired)',
  })
  remainingValue(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    const left = pkg.expiredAt ? 0 : pkg.remainingValueMinor;
    return money(left, pkg.currency, localeOf(ctx));
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Who uses it; null while a gift awaits redemption',
  })
  holder(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    return pkg.holderId ? ctx.loaders.paymentCustomerById.load(pkg.holderId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true })
  buyer(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.paymentCustomerById.load(pkg.buyerId);
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationById.load(pkg.locationId);
  }

  @FieldResolver(() => [PackageUsage], { description: 'Lessons it paid for, oldest first' })
  usages(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.usagesByPackageId.load(pkg.id);
  }

  @FieldResolver(() => Voucher, {
    nullable: true,
    description: 'Its gift code, when sold as a gift',
  })
  voucher(@Root() pkg: PackageView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.voucherByPackageId.load(pkg.id);
  }
}

@Resolver(() => CustomerPackageItem)
export class CustomerPackageItemResolver {
  @FieldResolver(() => Service, { nullable: true })
  service(@Root() item: CustomerPackageItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.serviceById.load(item.serviceId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'remaining in hours, for lesson time',
  })
  remainingHours(@Root() item: CustomerPackageItem) {
    return item.unit === 'MINUTES' ? hours(item.remaining) : null;
  }
}

@Resolver(() => PackageUsage)
export class PackageUsageResolver {
  @FieldResolver(() => Money, { description: 'The deferred revenue this use recognised' })
  async value(@Root() use: PackageUsageRow, @Ctx() ctx: GraphQLContext) {
    const pkg = await ctx.loaders.customerPackageById.load(use.customerPackageId);
    return money(use.valueMinor, pkg?.currency ?? 'EUR', localeOf(ctx));
  }

  @FieldResolver(() => Service, { nullable: true })
  service(@Root() use: PackageUsageRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.serviceById.load(use.serviceId);
  }

  @FieldResolver(() => Booking, { nullable: true })
  booking(@Root() use: PackageUsageRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.bookingById.load(use.bookingId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Who took part' })
  customer(@Root() use: PackageUsageRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.paymentCustomerById.load(use.customerId);
  }
}

@Resolver(() => Voucher)
export class VoucherResolver {
  @Query(() => VoucherConnection, { description: 'Voucher codes, newest first (management)' })
  vouchers(
    @Arg('filter', () => VoucherFilter, { nullable: true }) filter: VoucherFilter | null,
    @Args(() => VoucherPageArgs) page: VoucherPageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return vouchers.listVouchers({ ctx, filter, page });
  }

  @Mutation(() => VoucherSale, {
    description:
      'Sells a credit voucher (management); the same idempotencyKey again returns the first sale',
  })
  issueVoucher(
    @Arg('input', () => IssueVoucherInput) input: IssueVoucherInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return vouchers.issueVoucher({ ctx, input });
  }

  @Mutation(() => Voucher, {
    description:
      'Redeems a code: a gift package becomes the customer’s, credit goes to their wallet (portal, or staff for anyone)',
  })
  redeemVoucher(
    @Arg('input', () => RedeemVoucherInput) input: RedeemVoucherInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return vouchers.redeemVoucher({ ctx, input });
  }

  @FieldResolver(() => String, { description: 'As printed, in groups of four' })
  code(@Root() voucher: VoucherRow) {
    return formatCode(voucher.code);
  }

  @FieldResolver(() => VoucherStatusEnum)
  status(@Root() voucher: VoucherRow, @Ctx() ctx: GraphQLContext): VoucherStatus {
    return voucherStatus(voucher, ctx.now());
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The credit of a CREDIT voucher' })
  amount(@Root() voucher: VoucherRow, @Ctx() ctx: GraphQLContext) {
    return voucher.amountMinor != null && voucher.currency
      ? money(voucher.amountMinor, voucher.currency, localeOf(ctx))
      : null;
  }

  @FieldResolver(() => CustomerPackage, {
    nullable: true,
    description: 'The package of a GIFT_PACKAGE voucher',
  })
  customerPackage(@Root() voucher: VoucherRow, @Ctx() ctx: GraphQLContext) {
    return voucher.customerPackageId
      ? ctx.loaders.customerPackageById.load(voucher.customerPackageId)
      : null;
  }

  @FieldResolver(() => Customer, { nullable: true })
  buyer(@Root() voucher: VoucherRow, @Ctx() ctx: GraphQLContext) {
    return voucher.buyerId ? ctx.loaders.paymentCustomerById.load(voucher.buyerId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true })
  redeemedBy(@Root() voucher: VoucherRow, @Ctx() ctx: GraphQLContext) {
    return voucher.redeemedById ? ctx.loaders.paymentCustomerById.load(voucher.redeemedById) : null;
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() voucher: VoucherRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationById.load(voucher.locationId);
  }
}

/** The result of sellPackage: its root is the PACKAGE_SALE payment. */
@Resolver(() => PackageSale)
export class PackageSaleResolver {
  @FieldResolver(() => Payment)
  payment(@Root() payment: PaymentRow) {
    return payment;
  }

  @FieldResolver(() => CustomerPackage)
  customerPackage(@Root() payment: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.customerPackageById.load(payment.customerPackageId!);
  }

  @FieldResolver(() => Voucher, {
    nullable: true,
    description: 'The gift code, when sold as a gift',
  })
  voucher(@Root() payment: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return payment.voucherId ? ctx.loaders.voucherById.load(payment.voucherId) : null;
  }
}

/** The result of issueVoucher: its root is the VOUCHER_SALE payment. */
@Resolver(() => VoucherSale)
export class VoucherSaleResolver {
  @FieldResolver(() => Payment)
  payment(@Root() payment: PaymentRow) {
    return payment;
  }

  @FieldResolver(() => Voucher)
  voucher(@Root() payment: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.voucherById.load(payment.voucherId!);
  }
}

@Resolver(() => Customer)
export class CustomerPackagesResolver {
  @FieldResolver(() => [CustomerPackage], {
    description: 'Packages they hold, and gifts they bought that await redemption, newest first',
  })
  packages(@Root() customer: CustomerRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.packagesByCustomerId.load(customer.id);
  }
}
