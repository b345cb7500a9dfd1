/**
 * Notification texts per kind in Turkish and English. Variables are filled in as given:
 * times arrive already formatted in the location's time zone and the reader's language.
 */
export interface NotificationVars {
  'waitlist.offered': { service: string; when: string; until: string };
  'booking.cancelled': { service: string; when: string };
  'booking.confirmed': { service: string; when: string };
  /** Staff: a rental is still out past its due time. */
  'rental.overdue': { number: string; customer: string; items: string; due: string };
}
export type NotificationKind = keyof NotificationVars;

type Texts = {
  [K in NotificationKind]: (v: NotificationVars[K]) => { title: string; body: string };
};

const TEXTS: Record<'en' | 'tr', Texts> = {
  en: {
    'waitlist.offered': (v) => ({
      title: 'A place is free for you',
      body: `A place opened up in ${v.service} on ${v.when}. It is held for you until ${v.until}: accept it in My bookings.`,
    }),
    'booking.cancelled': (v) => ({
      title: 'Booking cancelled',
      body: `${v.service} on ${v.when} has been cancelled.`,
    }),
    'booking.confirmed': (v) => ({
      title: 'Booking confirmed',
      body: `${v.service} on ${v.when} is confirmed. See you on the beach!`,
    }),
    'rental.overdue': (v) => ({
      title: `Rental #${v.number} is overdue`,
      body: `${v.customer} was due back on ${v.due} and still has: ${v.items}.`,
    }),
  },
  tr: {
    'waitlist.offered': (v) => ({
      title: 'Sizin için bir yer açıldı',
      body: `${v.when} tarihindeki ${v.service} için bir yer açıldı. Yer ${v.until} saatine kadar sizin için ayrıldı: Rezervasyonlarım sayfasından kabul edin.`,
    }),
    'booking.cancelled': (v) => ({
      title: 'Rezervasyon iptal edildi',
      body: `${v.when} tarihindeki ${v.service} iptal edildi.`,
    }),
    'booking.confirmed': (v) => ({
      title: 'Rezervasyon onaylandı',
      body: `${v.when} tarihindeki ${v.service} onaylandı. Plajda görüşmek üzere!`,
    }),
    'rental.overdue': (v) => ({
      title: `${v.number} numaralı kiralamanın süresi geçti`,
      body: `${v.customer}, ekipmanı ${v.due} itibarıyla iade etmiş olmalıydı; hâlâ elinde olanlar: ${v.items}.`,
    }),
  },
};

export function renderNotification<K extends NotificationKind>(
  kind: K,
  locale: string,
  vars: NotificationVars[K],
) {
  const texts = locale.startsWith('tr') ? TEXTS.tr : TEXTS.en;
  return (texts[kind] as (v: NotificationVars[K]) => { title: string; body: string })(vars);
}

/** A time as people of `locale` read it, in the location's zone: "Sat 14 Jun, 14:00". */
export function formatWhen(at: Date, timeZone: string, locale: string) {
  return new Intl.DateTimeFormat(locale.startsWith('tr') ? 'tr-TR' : 'en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
