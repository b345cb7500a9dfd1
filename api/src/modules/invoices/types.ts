import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { Money } from '../money/types.js';
import { INVOICE_KINDS, type InvoiceKind, type InvoiceLine as InvoiceLineRow } from './schema.js';
import type { InvoiceParties } from './schema.js';

export const InvoiceKindEnum = Object.fromEntries(INVOICE_KINDS.map((k) => [k, k])) as {
  [K in InvoiceKind]: K;
};
registerEnumType(InvoiceKindEnum, {
  name: 'InvoiceKind',
  description: 'INVOICE: a tax invoice for a booking; RECEIPT: money received (or refunded)',
});

@ObjectType({ description: 'One line of an issued document, as it was frozen at issue' })
export class InvoiceLine {
  @Field(() => String)
  description: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Money, {
    description: 'Per unit, as the catalog states it (with tax when prices include it)',
  })
  unitPrice: Money;

  @Field(() => Money)
  net: Money;

  @Field(() => Money)
  tax: Money;

  @Field(() => Money)
  total: Money;
}

@ObjectType({
  description:
    'An invoice or receipt, numbered per location and kind without gaps; its content is frozen at issue',
})
export class Invoice {
  @Field(() => ID)
  id: string;

  @Field(() => InvoiceKindEnum)
  kind: InvoiceKind;

  @Field(() => Int, { description: "1, 2, 3, … in the location's series of this kind" })
  number: number;

  @Field(() => String, { description: 'What is printed, e.g. AKY-R-2026-000042' })
  displayNumber: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => String, { description: 'The language it is written in: tr or en' })
  locale: string;

  @Field(() => Date, { nullable: true, description: 'When it was last queued to be mailed' })
  sentAt: Date | null;

  // Resolved in resolver.ts: customer, booking, location, total, net, tax, lines, pdfUrl,
  // customerName, isRefund, paymentMethod.
  locationId: string;
  customerId: string;
  bookingId: string | null;
  paymentId: string | null;
  currency: string;
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
  lines: InvoiceLineRow[];
  parties: InvoiceParties;
}

@ObjectType()
export class InvoiceConnection extends Connection(Invoice) {}

@InputType()
export class InvoiceFilter {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  bookingId?: string | null;

  @Field(() => InvoiceKindEnum, { nullable: true })
  kind?: InvoiceKind | null;

  @Field(() => Date, { nullable: true, description: 'Issued at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Issued before' })
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the number or of the customer's name as printed",
  })
  search?: string | null;
}

@ArgsType()
export class InvoicePageArgs extends PageArgs {}

@InputType({ description: 'A tax invoice for a booking' })
export class IssueInvoiceInput {
  @Field(() => ID)
  bookingId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Whom to invoice: a participant, or the guardian of participants; optional when the booking has one participant',
  })
  customerId?: string | null;
}
