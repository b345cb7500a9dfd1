import { createRequire } from 'node:module';
import { buffer } from 'node:stream/consumers';
import { eq, inArray } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { ServiceContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { bookingsTable } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { equipmentTable } from '../equipment/schema.js';
import { legalDocumentsTable } from '../legal/schema.js';
import { locationsTable } from '../locations/schema.js';
import { formatMoney } from '../money/format.js';
import { rentalInScope, rentalItemsOf } from './read.js';
import type { DepositMethod } from './schema.js';

/**
 * The rental contract as a PDF, for the desk to print or mail: pdfkit with the DejaVu Sans
 * TrueType fonts of the `dejavu-fonts-ttf` package embedded (the PDF standard fonts have no
 * ş, ğ, ı or İ, and no system font is ever read), in Turkish or English.
 */

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export type ContractLanguage = 'en' | 'tr';

const WORDS = {
  en: {
    title: 'Rental contract',
    number: 'No.',
    school: 'School',
    customer: 'Customer',
    booking: 'Booking',
    checkedOut: 'Checked out',
    due: 'Due back',
    returned: 'Returned',
    items: 'Equipment',
    item: 'Item',
    size: 'Size',
    serial: 'Serial no.',
    conditionOut: 'Condition when handed over',
    conditionIn: 'Condition when returned',
    damaged: 'Damaged',
    charge: 'Damage charge',
    deposit: 'Deposit',
    retained: 'Kept of the deposit',
    terms: 'Terms',
    version: 'version',
    signature: 'Signature',
    signedBy: 'Signed by',
    signedAt: 'Signed at',
    none: '—',
    methods: {
      NONE: 'No deposit',
      CASH: 'Cash',
      CARD: 'Card',
      ID_DOCUMENT: 'ID document held',
    } satisfies Record<DepositMethod, string>,
    noTerms: 'No terms were recorded for this rental.',
  },
  tr: {
    title: 'Kiralama sözleşmesi',
    number: 'No.',
    school: 'Okul',
    customer: 'Müşteri',
    booking: 'Rezervasyon',
    checkedOut: 'Teslim edildi',
    due: 'İade zamanı',
    returned: 'İade edildi',
    items: 'Ekipman',
    item: 'Ekipman',
    size: 'Beden/ölçü',
    serial: 'Seri no.',
    conditionOut: 'Teslimdeki durumu',
    conditionIn: 'İadedeki durumu',
    damaged: 'Hasarlı',
    charge: 'Hasar ücreti',
    deposit: 'Depozito',
    retained: 'Depozitodan kesilen',
    terms: 'Koşullar',
    version: 'sürüm',
    signature: 'İmza',
    signedBy: 'İmzalayan',
    signedAt: 'İmza zamanı',
    none: '—',
    methods: {
      NONE: 'Depozito alınmadı',
      CASH: 'Nakit',
      CARD: 'Kart',
      ID_DOCUMENT: 'Kimlik belgesi bırakıldı',
    } satisfies Record<DepositMethod, string>,
    noTerms: 'Bu kiralama için koşul kaydedilmedi.',
  },
} as const;

/** A time as people of `language` read it, in the location's zone, with the zone named. */
function when(at: Date, timeZone: string, language: ContractLanguage) {
  return (
    new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
      timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at) + ` (${timeZone})`
  );
}

/**
 * Renders the contract of a rental the caller may see: school and location, number,
 * customer, booking, every item with its serial number and conditions, the due time in the
 * location's time zone, the deposit, the terms signed (title, version and text), the
 * signature image with the typed name and the time of signing.
 * Errors: NOT_FOUND outside the caller's scope.
 */
export async function renderRentalContract({
  ctx,
  id,
  language,
}: {
  ctx: ServiceContext;
  id: string;
  language: ContractLanguage;
}): Promise<{ pdf: Buffer; fileName: string }> {
  const rental = await rentalInScope(ctx, id);
  if (!rental) throw notFound('Rental');
  const w = WORDS[language];
  const [[location], [customer], items, terms, booking, signature] = await Promise.all([
    ctx.db.select().from(locationsTable).where(eq(locationsTable.id, rental.locationId)),
    ctx.db
      .select({
        name: customersTable.name,
        email: customersTable.email,
        phone: customersTable.phone,
      })
      .from(customersTable)
      .where(eq(customersTable.id, rental.customerId)),
    rentalItemsOf(ctx.db, [rental.id]),
    rental.termsDocumentId
      ? ctx.db
          .select()
          .from(legalDocumentsTable)
          .where(eq(legalDocumentsTable.id, rental.termsDocumentId))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    rental.bookingId
      ? ctx.db
          .select({ startsAt: bookingsTable.startsAt, service: servicesTable.name })
          .from(bookingsTable)
          .innerJoin(servicesTable, eq(servicesTable.id, bookingsTable.serviceId))
          .where(eq(bookingsTable.id, rental.bookingId))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    ctx.deps.platform.files
      .get(rental.signatureKey)
      .then((file) => (file ? buffer(file.body) : null)),
  ]);
  const gear = items.length
    ? await ctx.db
        .select()
        .from(equipmentTable)
        .where(
          inArray(
            equipmentTable.id,
            items.map((i) => i.equipmentId),
          ),
        )
    : [];
  const gearById = new Map(gear.map((g) => [g.id, g]));
  const zone = location!.timezone;
  const money = (minor: number) => formatMoney(minor, rental.depositCurrency, language);

  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `${w.title} ${location!.name} #${rental.number}`,
      Author: location!.name,
      Subject: w.title,
    },
  });
  const done = buffer(doc);
  doc.registerFont('body', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const width = doc.page.width - 100;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('bold').fontSize(12).text(text).moveDown(0.2);
    doc.font('body').fontSize(10);
  };
  const line = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true });
    doc.font('body').text(value);
  };

  doc.font('bold').fontSize(18).text(`${w.title} ${w.number} ${rental.number}`);
  doc.font('body').fontSize(11).text(location!.name);
  const contact = [location!.address, location!.phone, location!.email].filter(Boolean).join(' · ');
  if (contact) doc.fontSize(9).fillColor('#444444').text(contact).fillColor('black');
  doc.moveDown(0.6).fontSize(10);
  line(w.customer, [customer?.name, customer?.email, customer?.phone].filter(Boolean).join(' · '));
  if (booking) line(w.booking, `${booking.service}, ${when(booking.startsAt, zone, language)}`);
  line(w.checkedOut, when(rental.checkedOutAt, zone, language));
  line(w.due, when(rental.dueAt, zone, language));
  if (rental.returnedAt) line(w.returned, when(rental.returnedAt, zone, language));

  heading(w.items);
  items.forEach((item, i) => {
    const g = gearById.get(item.equipmentId);
    const name = [g?.name, g?.brand && g.model ? `${g.brand} ${g.model}` : null]
      .filter(Boolean)
      .join(', ');
    doc.font('bold').text(`${i + 1}. ${name}`);
    doc.font('body');
    const facts = [
      g?.size ? `${w.size}: ${g.size}` : null,
      `${w.serial}: ${g?.serialNumber ?? w.none}`,
    ].filter(Boolean);
    doc.text(facts.join('   '), { indent: 14 });
    doc.text(`${w.conditionOut}: ${item.conditionOut ?? w.none}`, { indent: 14 });
    if (item.returnedAt) {
      doc.text(`${w.conditionIn}: ${item.conditionIn ?? w.none}`, { indent: 14 });
      if (item.damaged) {
        doc.text(
          `${w.damaged}: ${item.damageNotes ?? w.none}${item.damageCharge > 0 ? ` — ${w.charge}: ${money(item.damageCharge)}` : ''}`,
          { indent: 14 },
        );
      }
    }
    doc.moveDown(0.3);
  });

  heading(w.deposit);
  doc.text(
    rental.depositMethod === 'NONE'
      ? w.methods.NONE
      : `${money(rental.depositAmount)} · ${w.methods[rental.depositMethod]}`,
  );
  if (rental.depositRetained > 0) line(w.retained, money(rental.depositRetained));

  heading(terms ? `${w.terms}: ${terms.title} (${w.version} ${terms.version})` : w.terms);
  doc.fontSize(8.5).text(terms?.body ?? w.noTerms, { width, align: 'left' });

  heading(w.signature);
  if (signature) {
    if (doc.y + 110 > doc.page.height - 60) doc.addPage();
    doc.image(signature, { fit: [240, 90] });
    doc.moveDown(0.3);
  }
  line(w.signedBy, rental.signerName);
  line(w.signedAt, when(rental.signedAt, zone, language));
  doc.end();
  return { pdf: await done, fileName: `rental-${rental.number}.pdf` };
}
