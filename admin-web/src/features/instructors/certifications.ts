import type { CertificationInput, CertificationStatus, Discipline } from '../../gql/graphql';

/** What a certification shows of its expiry; status and days left come from the API. */
export interface CertificationExpiry {
  expiresOn?: string | null;
  status: CertificationStatus;
  expiresInDays?: number | null;
}

/** The badge of a certification: none without an expiry date. */
export type ExpiryBadge =
  | { kind: 'expired'; days: number }
  | { kind: 'expiresToday' }
  | { kind: 'expiresIn'; days: number; soon: boolean }
  | null;

export function expiryBadge(cert: CertificationExpiry): ExpiryBadge {
  if (cert.expiresInDays == null) return null;
  if (cert.status === 'EXPIRED') return { kind: 'expired', days: -cert.expiresInDays };
  if (cert.expiresInDays === 0) return { kind: 'expiresToday' };
  return {
    kind: 'expiresIn',
    days: cert.expiresInDays,
    soon: cert.status === 'EXPIRING_SOON',
  };
}

/** How many of an instructor's certifications need attention: expiring soon, and expired. */
export function expiryCounts(certs: readonly CertificationExpiry[]): {
  expiringSoon: number;
  expired: number;
} {
  return {
    expiringSoon: certs.filter((c) => c.status === 'EXPIRING_SOON').length,
    expired: certs.filter((c) => c.status === 'EXPIRED').length,
  };
}

/**
 * How a certification is named in a sentence, a notification or a button's label: its issuer
 * then its name ("IKO Kiteboarding Instructor"), the name alone when it has no issuer or
 * already starts with it (certificates saved before the issuer had its own field).
 */
export function certificationTitle(cert: { name: string; issuer?: string | null }): string {
  const issuer = cert.issuer?.trim();
  if (!issuer || cert.name.toLowerCase().startsWith(issuer.toLowerCase())) return cert.name;
  return `${issuer} ${cert.name}`;
}

/** The certification form as typed. */
export interface CertificationDraft {
  /** Who issued it (IKO, VDWS, PADI …); empty for none. */
  issuer: string;
  name: string;
  /** The certificate number as printed; empty for none. */
  number: string;
  discipline: Discipline | null;
  level: string;
  /** YYYY-MM-DD, or empty for none. */
  expiresOn: string;
}

export const emptyCertification = (): CertificationDraft => ({
  issuer: '',
  name: '',
  number: '',
  discipline: null,
  level: '',
  expiresOn: '',
});

export function certificationDraftOf(cert: {
  issuer?: string | null;
  name: string;
  number?: string | null;
  discipline?: Discipline | null;
  level?: string | null;
  expiresOn?: string | null;
}): CertificationDraft {
  return {
    issuer: cert.issuer ?? '',
    name: cert.name,
    number: cert.number ?? '',
    discipline: cert.discipline ?? null,
    level: cert.level ?? '',
    expiresOn: typeof cert.expiresOn === 'string' ? cert.expiresOn : '',
  };
}

/** Trimmed, inner runs of spaces made one. */
const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The API's input: trimmed texts, empty ones as null (an emptied issuer or number is cleared). */
export function certificationInput(draft: CertificationDraft): CertificationInput {
  return {
    issuer: tidy(draft.issuer) || null,
    name: tidy(draft.name),
    number: tidy(draft.number) || null,
    discipline: draft.discipline,
    level: draft.level.trim() || null,
    expiresOn: draft.expiresOn || null,
  };
}
