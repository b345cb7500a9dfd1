import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors.js';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { Booking } from '../bookings/types.js';
import { Customer } from '../customers/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import { Payment } from '../payments/types.js';
import { invoicePath } from './http.js';
import * as issue from './issue.js';
import * as read from './read.js';
import {
  Invoice,
  InvoiceConnection,
  InvoiceFilter,
  InvoiceLine,
  InvoicePageArgs,
  IssueInvoiceInput,
} from './types.js';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, {
    description: 'Invoices and receipts (management), newest first',
  })
  invoices(
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | null,
    @Args(() => InvoicePageArgs) page: InvoicePageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return read.listInvoices({ ctx, filter, page });
  }

  @Query(() => InvoiceConnection, {
    description:
      "The signed-in customer's receipts and invoices, and their dependents', newest first",
  })
  myInvoices(
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | null,
    @Args(() => InvoicePageArgs) page: InvoicePageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return read.listInvoices({ ctx, filter, page, own: true });
  }

  @Query(() => Invoice, { nullable: true, description: 'One document the caller may see, or null' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return read.getInvoice({ ctx, id });
  }

  @Mutation(() => Invoice, {
    description:
      'Issues a tax invoice for a booking and mails it; CONFLICT when the customer has one for it already',
  })
  issueInvoice(
    @Arg('input', () => IssueInvoiceInput) input: IssueInvoiceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return issue.issueInvoice({ ctx, input });
  }

  @Mutation(() => Invoice, {
    description: "Mails a document again, to the customer's address or to `to`",
  })
  resendInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return issue.resendInvoice({ ctx, input: { id, to } });
  }

  @FieldResolver(() => Customer)
  async customer(@Root() row: Invoice, @Ctx() ctx: GraphQLContext) {
    const customer = await ctx.loaders.invoiceCustomerById.load(row.customerId);
    if (!customer) throw notFound('Customer');
    return customer;
  }

  @FieldResolver(() => String, { description: "The customer's name as printed on it" })
  customerName(@Root() row: Invoice) {
    return row.parties.buyer.name;
  }

  @FieldResolver(() => Location)
  async location(@Root() row: Invoice, @Ctx() ctx: GraphQLContext) {
    const location = await ctx.loaders.locationById.load(row.locationId);
    if (!location) throw notFound('Location');
    return location;
  }

  @FieldResolver(() => Booking, { nullable: true })
  booking(@Root() row: Invoice, @Ctx() ctx: GraphQLContext) {
    return row.bookingId ? ctx.loaders.bookingById.load(row.bookingId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'A receipt of money given back (negative total)' })
  isRefund(@Root() row: Invoice) {
    return row.totalMinor < 0;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'How the money moved (receipts): CASH, CARD, BANK_TRANSFER or WALLET',
  })
  paymentMethod(@Root() row: Invoice) {
    return row.parties.method ?? null;
  }

  @FieldResolver(() => Money, { description: 'What the customer paid (negative when refunded)' })
  total(@Root() row: Invoice, @Ctx() ctx: GraphQLContext) {
    return money(row.totalMinor, row.currency, localeOf(ctx));
  }

  @FieldResolver(() => Money)
  net(@Root() row: Invoice, @Ctx() ctx: GraphQLContext) {
    return money(row.netMinor, row.currency, localeOf(ctx));
  }

  @FieldResolver(() => Money)
  tax(@Root() row: Invoice, @Ctx() ctx: GraphQLContext) {
    return money(row.taxMinor, row.currency, localeOf(ctx));
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Root() row: Invoice, @Ctx() ctx: GraphQLContext): InvoiceLine[] {
    const m = (minor: number) => money(minor, row.currency, localeOf(ctx));
    return row.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: m(line.unitPriceMinor),
      net: m(line.netMinor),
      tax: m(line.taxMinor),
      total: m(line.totalMinor),
    }));
  }

  @FieldResolver(() => String, {
    description: 'The PDF, same sign-in as the API; add ?download=1 to save it',
  })
  pdfUrl(@Root() row: Invoice) {
    return invoicePath(row.id);
  }
}

@Resolver(() => Payment)
export class PaymentReceiptResolver {
  @FieldResolver(() => Invoice, { nullable: true, description: 'The receipt issued for it' })
  receipt(@Root() row: Payment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.receiptByPaymentId.load(row.id);
  }
}
