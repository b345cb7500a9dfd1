import type { LegalDocumentKind } from '../../gql/graphql';

/** In the order the page shows them. */
export const LEGAL_KINDS = [
  'TERMS',
  'PRIVACY',
  'MARKETING',
  'RENTAL',
] as const satisfies readonly LegalDocumentKind[];

/**
 * Kinds everyone must accept before using Plannivo; a new version of one of them makes every
 * user accept again. Marketing consent is optional.
 */
export function isRequiredKind(kind: LegalDocumentKind): boolean {
  return kind === 'TERMS' || kind === 'PRIVACY';
}

/** Versions of each kind, newest first, whatever order they came in. */
export function versionsByKind<T extends { kind: LegalDocumentKind; version: number }>(
  documents: readonly T[],
): Record<LegalDocumentKind, T[]> {
  const grouped: Record<LegalDocumentKind, T[]> = {
    TERMS: [],
    PRIVACY: [],
    MARKETING: [],
    RENTAL: [],
  };
  for (const document of documents) grouped[document.kind]?.push(document);
  for (const kind of LEGAL_KINDS) grouped[kind].sort((a, b) => b.version - a.version);
  return grouped;
}

/** The version in force: the one marked current, else the newest. */
export function currentVersion<T extends { current: boolean }>(
  versions: readonly T[],
): T | undefined {
  return versions.find((version) => version.current) ?? versions[0];
}
