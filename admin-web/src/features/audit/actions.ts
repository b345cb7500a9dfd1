import type { MantineColor } from '@mantine/core';

/**
 * What the audit log knows how to name. The API records `family.verb` strings and adds new
 * ones over time, so everything here degrades gracefully: an unknown verb of a known family
 * keeps the family's colour, and an unknown action is shown as its raw string.
 */
export const AUDIT_FAMILIES = [
  'auth',
  'location',
  'user',
  'invitation',
  'api_key',
  'legal',
  'consent',
  'customer',
] as const;
export type AuditFamily = (typeof AUDIT_FAMILIES)[number];

export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.registered',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.session_revoked',
  'auth.sessions_revoked',
  'location.updated',
  'user.updated',
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
  'invitation.accepted',
  'api_key.created',
  'api_key.revoked',
  'legal.published',
  'legal.accepted',
  'consent.marketing_opt_in',
  'consent.marketing_opt_out',
  'customer.created',
  'customer.updated',
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

const FAMILY_COLORS = {
  auth: 'ocean',
  location: 'teal',
  user: 'violet',
  invitation: 'cyan',
  api_key: 'orange',
  legal: 'indigo',
  consent: 'pink',
  customer: 'green',
} as const satisfies Record<AuditFamily, MantineColor>;

/** Events that deserve attention stand out in red, whatever their family. */
const ALERT_ACTIONS: ReadonlySet<string> = new Set<KnownAction>(['auth.login_failed']);

/** `auth.login_failed` → `auth`; an action outside the known families has none. */
export function familyOf(action: string): AuditFamily | undefined {
  const dot = action.indexOf('.');
  if (dot <= 0) return undefined;
  const family = action.slice(0, dot);
  return (AUDIT_FAMILIES as readonly string[]).includes(family)
    ? (family as AuditFamily)
    : undefined;
}

export function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

export interface ActionDisplay {
  /** Translation key (namespace `audit`) of a known action; undefined: show `action` as is. */
  labelKey: `actions.${KnownAction}` | undefined;
  family: AuditFamily | undefined;
  color: MantineColor;
}

/** How a recorded action is shown: its label, family and badge colour. */
export function describeAction(action: string): ActionDisplay {
  const family = familyOf(action);
  return {
    labelKey: isKnownAction(action) ? `actions.${action}` : undefined,
    family,
    color: ALERT_ACTIONS.has(action) ? 'red' : family ? FAMILY_COLORS[family] : 'gray',
  };
}

/**
 * The choices of the "activity" filter, in menu order. Each is an `action` prefix as the
 * API matches it: `auth.login` also matches `auth.login_failed`, so that entry is named
 * "all sign-in attempts", and failed ones have an entry of their own.
 */
export const ACTION_FILTERS = [
  { prefix: 'auth.', labelKey: 'filters.actions.auth' },
  { prefix: 'auth.login', labelKey: 'filters.actions.signIns' },
  { prefix: 'auth.login_failed', labelKey: 'filters.actions.failedSignIns' },
  { prefix: 'location.', labelKey: 'filters.actions.location' },
  { prefix: 'user.', labelKey: 'filters.actions.user' },
  { prefix: 'invitation.', labelKey: 'filters.actions.invitation' },
  { prefix: 'api_key.', labelKey: 'filters.actions.apiKey' },
  { prefix: 'legal.', labelKey: 'filters.actions.legal' },
  { prefix: 'consent.', labelKey: 'filters.actions.consent' },
  { prefix: 'customer.', labelKey: 'filters.actions.customer' },
] as const;

export type ActionFilterLabelKey = (typeof ACTION_FILTERS)[number]['labelKey'];

/** The translation key of a known entity type (`location` → `entities.location`). */
const ENTITY_TYPES = [
  'user',
  'session',
  'location',
  'invitation',
  'api_key',
  'legal_document',
  'customer',
] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

export function entityLabelKey(entityType: string): `entities.${EntityType}` | undefined {
  return (ENTITY_TYPES as readonly string[]).includes(entityType)
    ? `entities.${entityType as EntityType}`
    : undefined;
}
