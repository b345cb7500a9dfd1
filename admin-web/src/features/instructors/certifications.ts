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

/** The certification form as typed. */
export interface CertificationDraft {
  name: string;
  discipline: Discipline | null;
  level: string;
  /** YYYY-MM-DD, or empty for none. */
  expiresOn: string;
}

export const emptyCertification = (): CertificationDraft => ({
  name: '',
  discipline: null,
  level: '',
  expiresOn: '',
});

export function certificationDraftOf(cert: {
  name: string;
  discipline?: Discipline | null;
  level?: string | null;
  expiresOn?: string | null;
}): CertificationDraft {
  return {
    name: cert.name,
    discipline: cert.discipline ?? null,
    level: cert.level ?? '',
    expiresOn: typeof cert.expiresOn === 'string' ? cert.expiresOn : '',
  };
}

/** The API's input: trimmed texts, empty ones as null. */
export function certificationInput(draft: CertificationDraft): CertificationInput {
  return {
    name: draft.name.trim().replace(/\s+/g, ' '),
    discipline: draft.discipline,
    level: draft.level.trim() || null,
    expiresOn: draft.expiresOn || null,
  };
}
