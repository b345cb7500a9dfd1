/**
 * The mails the API sends, in each language the product speaks. Plain text first (what every
 * client shows), with a simple HTML version built from the same paragraphs.
 */
export type MailLocale = 'tr' | 'en';

interface Rendered {
  subject: string;
  paragraphs: string[];
  link: { href: string; label: string };
  footer: string;
}

export interface MailTemplates {
  password_reset: { name: string; link: string; minutes: number };
  invitation: { name: string; link: string; inviterName: string; role: string; days: number };
  welcome: { name: string; link: string };
  /** A receipt for money taken or given back, its PDF attached. `amount` is formatted. */
  receipt: {
    name: string;
    number: string;
    amount: string;
    locationName: string;
    link: string;
    refund: boolean;
  };
  /** A tax invoice for a booking, its PDF attached. */
  invoice: { name: string; number: string; amount: string; locationName: string; link: string };
}
export type MailTemplate = keyof MailTemplates;

const ROLE_NAMES: Record<MailLocale, Record<string, string>> = {
  en: { ADMIN: 'administrator', MANAGER: 'manager', INSTRUCTOR: 'instructor' },
  tr: { ADMIN: 'yönetici', MANAGER: 'müdür', INSTRUCTOR: 'eğitmen' },
};

const TEMPLATES: {
  [K in MailTemplate]: Record<MailLocale, (vars: MailTemplates[K]) => Rendered>;
} = {
  password_reset: {
    en: (v) => ({
      subject: 'Reset your Plannivo password',
      paragraphs: [
        `Hello ${v.name},`,
        `Someone asked to reset the password of your Plannivo account. The link below works once, for ${v.minutes} minutes.`,
        'If it was not you, ignore this mail: your password stays as it is.',
      ],
      link: { href: v.link, label: 'Choose a new password' },
      footer: 'Plannivo',
    }),
    tr: (v) => ({
      subject: 'Plannivo şifrenizi sıfırlayın',
      paragraphs: [
        `Merhaba ${v.name},`,
        `Plannivo hesabınızın şifresini sıfırlama isteği aldık. Aşağıdaki bağlantı ${v.minutes} dakika boyunca ve yalnızca bir kez geçerlidir.`,
        'Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın: şifreniz değişmez.',
      ],
      link: { href: v.link, label: 'Yeni şifre belirleyin' },
      footer: 'Plannivo',
    }),
  },
  invitation: {
    en: (v) => ({
      subject: `${v.inviterName} invited you to Plannivo`,
      paragraphs: [
        `Hello ${v.name},`,
        `${v.inviterName} invited you to join the school on Plannivo as ${ROLE_NAMES.en[v.role] ?? v.role}.`,
        `Open the link below to choose your password. It works for ${v.days} days.`,
      ],
      link: { href: v.link, label: 'Accept the invitation' },
      footer: 'Plannivo',
    }),
    tr: (v) => ({
      subject: `${v.inviterName} sizi Plannivo'ya davet etti`,
      paragraphs: [
        `Merhaba ${v.name},`,
        `${v.inviterName} sizi Plannivo'daki okula ${ROLE_NAMES.tr[v.role] ?? v.role} olarak davet etti.`,
        `Şifrenizi belirlemek için aşağıdaki bağlantıyı açın. Bağlantı ${v.days} gün geçerlidir.`,
      ],
      link: { href: v.link, label: 'Daveti kabul edin' },
      footer: 'Plannivo',
    }),
  },
  welcome: {
    en: (v) => ({
      subject: 'Welcome to Plannivo',
      paragraphs: [
        `Hello ${v.name},`,
        'Your account is ready. Book lessons and rentals, see your schedule and sign your forms in the portal.',
      ],
      link: { href: v.link, label: 'Open the portal' },
      footer: 'Plannivo',
    }),
    tr: (v) => ({
      subject: "Plannivo'ya hoş geldiniz",
      paragraphs: [
        `Merhaba ${v.name},`,
        'Hesabınız hazır. Ders ve kiralama rezervasyonlarınızı yapabilir, programınızı görebilir ve formlarınızı portaldan imzalayabilirsiniz.',
      ],
      link: { href: v.link, label: 'Portalı açın' },
      footer: 'Plannivo',
    }),
  },
  receipt: {
    en: (v) => ({
      subject: v.refund
        ? `Refund receipt ${v.number} from ${v.locationName}`
        : `Receipt ${v.number} from ${v.locationName}`,
      paragraphs: [
        `Hello ${v.name},`,
        v.refund
          ? `${v.locationName} has refunded you ${v.amount}. The refund receipt ${v.number} is attached as a PDF.`
          : `Thank you: ${v.locationName} has received your payment of ${v.amount}. Your receipt ${v.number} is attached as a PDF.`,
        'Your receipts and invoices are also in the portal, under Payments & receipts.',
      ],
      link: { href: v.link, label: 'Payments & receipts' },
      footer: v.locationName,
    }),
    tr: (v) => ({
      subject: v.refund
        ? `${v.locationName} iade makbuzu ${v.number}`
        : `${v.locationName} makbuzu ${v.number}`,
      paragraphs: [
        `Merhaba ${v.name},`,
        v.refund
          ? `${v.locationName} size ${v.amount} iade etti. ${v.number} numaralı iade makbuzu PDF olarak ektedir.`
          : `Teşekkürler: ${v.locationName}, ${v.amount} tutarındaki ödemenizi aldı. ${v.number} numaralı makbuzunuz PDF olarak ektedir.`,
        'Makbuz ve faturalarınızı portalda, Ödemeler ve makbuzlar bölümünde de bulabilirsiniz.',
      ],
      link: { href: v.link, label: 'Ödemeler ve makbuzlar' },
      footer: v.locationName,
    }),
  },
  invoice: {
    en: (v) => ({
      subject: `Invoice ${v.number} from ${v.locationName}`,
      paragraphs: [
        `Hello ${v.name},`,
        `Your invoice ${v.number} from ${v.locationName}, for ${v.amount}, is attached as a PDF.`,
        'Your receipts and invoices are also in the portal, under Payments & receipts.',
      ],
      link: { href: v.link, label: 'Payments & receipts' },
      footer: v.locationName,
    }),
    tr: (v) => ({
      subject: `${v.locationName} faturası ${v.number}`,
      paragraphs: [
        `Merhaba ${v.name},`,
        `${v.locationName} tarafından düzenlenen ${v.amount} tutarındaki ${v.number} numaralı faturanız PDF olarak ektedir.`,
        'Makbuz ve faturalarınızı portalda, Ödemeler ve makbuzlar bölümünde de bulabilirsiniz.',
      ],
      link: { href: v.link, label: 'Ödemeler ve makbuzlar' },
      footer: v.locationName,
    }),
  },
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Subject, text and HTML of a mail in the recipient's language (English when unknown). */
export function renderMail<K extends MailTemplate>(
  template: K,
  locale: string,
  vars: MailTemplates[K],
) {
  const lang: MailLocale = locale === 'tr' ? 'tr' : 'en';
  const r = TEMPLATES[template][lang](vars);
  // The link stands alone on its line: mail clients make it clickable, nothing wraps it.
  const text = [...r.paragraphs, '', r.link.href, '', `— ${r.footer}`].join('\n');
  const html = [
    ...r.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(r.link.href)}">${escapeHtml(r.link.label)}</a></p>`,
    `<p style="color:#868e96">${escapeHtml(r.footer)}</p>`,
  ].join('\n');
  return { subject: r.subject, text, html };
}
