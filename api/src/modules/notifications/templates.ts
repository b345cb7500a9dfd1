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
  /** One maintenance task overdue or due today; `when` is its due date, null when due by hours of use. */
  'maintenance.due': {
    item: string;
    task: string;
    overdue: boolean;
    when: string | null;
    usage: string | null;
  };
  /** Several tasks of one location at once, in one message. */
  'maintenance.dueMany': { count: number; overdue: number; items: string };
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
    'maintenance.due': (v) => ({
      title: v.overdue ? `Maintenance overdue: ${v.item}` : `Maintenance due today: ${v.item}`,
      body: [
        v.when
          ? `${v.task}: ${v.overdue ? 'was due' : 'is due'} on ${v.when}.`
          : `${v.task}: the item has reached its hours of use.`,
        v.usage ? `Used ${v.usage}.` : null,
        'See the maintenance board.',
      ]
        .filter(Boolean)
        .join(' '),
    }),
    'maintenance.dueMany': (v) => ({
      title: `${v.count} items need maintenance`,
      body: `${v.overdue ? `${v.overdue} of them overdue: ` : 'Due today: '}${v.items}. See the maintenance board.`,
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
    'maintenance.due': (v) => ({
      title: v.overdue ? `Bakım gecikti: ${v.item}` : `Bugün bakım zamanı: ${v.item}`,
      body: [
        v.when
          ? `${v.task}: ${v.when} tarihinde ${v.overdue ? 'yapılmalıydı' : 'yapılmalı'}.`
          : `${v.task}: ekipman bakım gerektiren kullanım saatine ulaştı.`,
        v.usage ? `Kullanım: ${v.usage}.` : null,
        'Bakım panosuna göz atın.',
      ]
        .filter(Boolean)
        .join(' '),
    }),
    'maintenance.dueMany': (v) => ({
      title: `${v.count} ekipmanın bakımı gerekiyor`,
      body: `${v.overdue ? `${v.overdue} tanesi gecikmiş: ` : 'Bugün yapılması gerekenler: '}${v.items}. Bakım panosuna göz atın.`,
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
