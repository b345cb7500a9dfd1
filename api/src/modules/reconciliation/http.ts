import { stringify } from 'csv-stringify/sync';
import { inArray } from 'drizzle-orm';
import type { Request, RequestHandler } from 'express';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { badInput, forbidden, unauthenticated, type FieldErrors } from '../../errors.js';
import { errorSender, requireCurrentTerms } from '../../http/raw-route.js';
import { isUuid } from '../../ids.js';
import { locationsTable } from '../locations/schema.js';
import { minorDigits } from '../money/format.js';
import type { FindingDetails } from './findings.js';
import { discrepanciesForExport, type DiscrepancyFilter } from './read.js';
import type { DiscrepancyResolution } from './rules.js';
import {
  DISCREPANCY_KINDS,
  DISCREPANCY_STATUSES,
  type DiscrepancyKind,
  type DiscrepancyRow,
  type DiscrepancyStatus,
} from './schema.js';

const sendError = errorSender({ statusByReason: {}, logMessage: 'reconciliation export failed' });

type Language = 'en' | 'tr';

/** Column headings and the words of the enums, in the two languages of the product. */
const TEXT = {
  en: {
    columns: [
      'Id',
      'Kind',
      'Status',
      'Location',
      'Currency',
      'Amount',
      'Customer',
      'Booking',
      'Payments',
      'Journal entry',
      'First seen',
      'Last seen',
      'Closed at',
      'Resolution',
      'Note',
      'Details (JSON)',
    ],
    kind: {
      UNBALANCED_JOURNAL: 'Unbalanced journal entry',
      WALLET_DRIFT: 'Wallet drift',
      UNLINKED_PAYMENT: 'Payment linked to no booking',
      UNPAID_COMPLETED_BOOKING: 'Completed booking left unpaid',
      DUPLICATE_PAYMENT: 'Duplicate payment',
    },
    status: { OPEN: 'Open', RESOLVED: 'Resolved', DISMISSED: 'Dismissed' },
    resolution: {
      LINKED_TO_BOOKING: 'Linked to a booking',
      MOVED_TO_WALLET: 'Moved to the wallet',
      MARKED_RESOLVED: 'Resolved by staff',
      NO_LONGER_FOUND: 'No longer found',
      DISMISSED: 'Dismissed',
    },
  },
  tr: {
    columns: [
      'Kimlik',
      'Tür',
      'Durum',
      'Konum',
      'Para birimi',
      'Tutar',
      'Müşteri',
      'Rezervasyon',
      'Ödemeler',
      'Yevmiye kaydı',
      'İlk görülme',
      'Son görülme',
      'Kapanış',
      'Çözüm',
      'Not',
      'Ayrıntılar (JSON)',
    ],
    kind: {
      UNBALANCED_JOURNAL: 'Dengesiz yevmiye kaydı',
      WALLET_DRIFT: 'Cüzdan bakiyesi sapması',
      UNLINKED_PAYMENT: 'Rezervasyona bağlanmamış ödeme',
      UNPAID_COMPLETED_BOOKING: 'Ödenmemiş tamamlanmış rezervasyon',
      DUPLICATE_PAYMENT: 'Mükerrer ödeme',
    },
    status: { OPEN: 'Açık', RESOLVED: 'Çözüldü', DISMISSED: 'Yok sayıldı' },
    resolution: {
      LINKED_TO_BOOKING: 'Rezervasyona bağlandı',
      MOVED_TO_WALLET: 'Cüzdana aktarıldı',
      MARKED_RESOLVED: 'Personel çözdü',
      NO_LONGER_FOUND: 'Artık bulunmuyor',
      DISMISSED: 'Yok sayıldı',
    },
  },
} satisfies Record<
  Language,
  {
    columns: string[];
    kind: Record<DiscrepancyKind, string>;
    status: Record<DiscrepancyStatus, string>;
    resolution: Record<DiscrepancyResolution, string>;
  }
>;

/** Minor units as a plain decimal with the currency's digits (1234 EUR → "12.34"). */
export function decimalOf(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits ? `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}` : `${sign}${abs}`;
}

/**
 * Text a person typed (names, notes), made safe for spreadsheets: a cell starting with = + - @
 * would be read as a formula (CSV injection), so it gets a leading apostrophe.
 */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The discrepancies as CSV rows, headings first. */
export function discrepancyCsv(
  rows: readonly DiscrepancyRow[],
  locationNames: ReadonlyMap<string, string>,
  language: Language,
): string {
  const text = TEXT[language];
  const records = rows.map((row) => {
    const d = row.details as unknown as FindingDetails;
    const customers = d.customers?.length
      ? d.customers.map((c) => c.name).join('; ')
      : (d.customerName ?? '');
    const payments = d.payments?.length
      ? d.payments.map((p) => p.id).join('; ')
      : (d.paymentId ?? '');
    return [
      row.id,
      text.kind[row.kind],
      text.status[row.status],
      row.locationId ? safe(locationNames.get(row.locationId) ?? row.locationId) : '',
      d.currency,
      decimalOf(Number(d.amountMinor ?? 0), d.currency),
      safe(customers),
      d.bookingId ?? '',
      payments,
      d.journalId ?? '',
      row.firstSeenAt.toISOString(),
      row.lastSeenAt.toISOString(),
      row.resolvedAt?.toISOString() ?? '',
      row.resolution
        ? (text.resolution[row.resolution as DiscrepancyResolution] ?? row.resolution)
        : '',
      safe(row.resolutionNote ?? ''),
      JSON.stringify(row.details),
    ];
  });
  // A byte-order mark, so spreadsheet programs read the file as UTF-8 (ç, ğ, ş).
  return stringify([text.columns, ...records], { bom: true, record_delimiter: 'windows' });
}

/** The filter of the query string. Errors: BAD_USER_INPUT naming each unknown value. */
function filterOf(req: Request): DiscrepancyFilter {
  const problems: FieldErrors = {};
  const one = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
  const status = one('status');
  const kind = one('kind');
  const locationId = one('locationId');
  if (status && !DISCREPANCY_STATUSES.includes(status as DiscrepancyStatus))
    problems.status = `is one of ${DISCREPANCY_STATUSES.join(', ')}`;
  if (kind && !DISCREPANCY_KINDS.includes(kind as DiscrepancyKind))
    problems.kind = `is one of ${DISCREPANCY_KINDS.join(', ')}`;
  if (locationId && !isUuid(locationId)) problems.locationId = 'is not a location id';
  if (Object.keys(problems).length) throw badInput(problems);
  return {
    status: (status as DiscrepancyStatus) || null,
    kind: (kind as DiscrepancyKind) || null,
    locationId: locationId || null,
  };
}

/**
 * `GET /finance/reconciliation.csv?status=&kind=&locationId=&lang=tr|en`: the discrepancies
 * (newest first) as a CSV download, for management, authenticated like /graphql (cookie or
 * Bearer): 401 for nobody signed in, 403 for other roles, 400 for an unknown filter value.
 * Headings and enum words in `lang`, else the caller's language.
 */
export function createReconciliationCsvRoute(options: {
  contextFor(req: Request): Promise<ServiceContext>;
}): RequestHandler {
  return async (req, res) => {
    try {
      const ctx = await options.contextFor(req);
      if (!ctx.viewer) throw unauthenticated();
      await requireCurrentTerms(ctx);
      if (!MANAGEMENT_ROLES.includes(ctx.viewer.role)) throw forbidden();
      const filter = filterOf(req);
      const asked = req.query.lang;
      const language: Language =
        asked === 'tr' || asked === 'en' ? asked : ctx.viewer.locale.startsWith('tr') ? 'tr' : 'en';
      const rows = await discrepanciesForExport(ctx, filter);
      const locationIds = [...new Set(rows.map((r) => r.locationId).filter((id) => id !== null))];
      const locations = locationIds.length
        ? await ctx.db
            .select({ id: locationsTable.id, name: locationsTable.name })
            .from(locationsTable)
            .where(inArray(locationsTable.id, locationIds))
        : [];
      const csv = discrepancyCsv(rows, new Map(locations.map((l) => [l.id, l.name])), language);
      const day = ctx.now().toISOString().slice(0, 10);
      res.set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="reconciliation-${day}.csv"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      res.send(csv);
    } catch (error) {
      sendError(req, res, error);
    }
  };
}
