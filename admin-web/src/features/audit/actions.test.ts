import { describe, expect, it } from 'vitest';
import {
  ACTION_FILTERS,
  AUDIT_FAMILIES,
  describeAction,
  entityLabelKey,
  familyOf,
  KNOWN_ACTIONS,
} from './actions';

describe('familyOf', () => {
  it.each([
    ['auth.login', 'auth'],
    ['auth.login_failed', 'auth'],
    ['location.updated', 'location'],
    ['user.role_changed', 'user'],
    ['api_key.revoked', 'api_key'],
    ['invitation.accepted', 'invitation'],
    ['legal.published', 'legal'],
    ['consent.marketing_opt_out', 'consent'],
    ['customer.updated', 'customer'],
    ['location.created', 'location'],
  ])('puts %s in the %s family', (action, family) => {
    expect(familyOf(action)).toBe(family);
  });

  it.each(['booking.created', 'legal_document.published', 'auth', 'authx.login', '', '.login'])(
    'knows no family for %j',
    (action) => {
      expect(familyOf(action)).toBeUndefined();
    },
  );
});

describe('describeAction', () => {
  it('names every known action and colours it by family', () => {
    expect(describeAction('auth.login')).toEqual({
      labelKey: 'actions.auth.login',
      family: 'auth',
      color: 'ocean',
    });
    expect(describeAction('location.updated')).toEqual({
      labelKey: 'actions.location.updated',
      family: 'location',
      color: 'teal',
    });
    expect(describeAction('api_key.created').color).toBe('orange');
    expect(describeAction('user.role_changed')).toEqual({
      labelKey: 'actions.user.role_changed',
      family: 'user',
      color: 'violet',
    });
    expect(describeAction('legal.published')).toEqual({
      labelKey: 'actions.legal.published',
      family: 'legal',
      color: 'indigo',
    });
  });

  it.each([
    'auth.registered',
    'auth.password_reset_requested',
    'auth.password_reset',
    'invitation.created',
    'invitation.resent',
    'invitation.revoked',
    'invitation.accepted',
    'user.updated',
    'user.role_changed',
    'user.deactivated',
    'user.reactivated',
    'api_key.created',
    'api_key.revoked',
    'legal.published',
    'legal.accepted',
    'consent.marketing_opt_in',
    'consent.marketing_opt_out',
    'customer.created',
    'customer.updated',
  ])('names %s, which the API records', (action) => {
    expect(describeAction(action).labelKey).toBe(`actions.${action}`);
    expect(describeAction(action).family).toBeDefined();
  });

  it('shows a failed sign-in in red', () => {
    expect(describeAction('auth.login_failed')).toEqual({
      labelKey: 'actions.auth.login_failed',
      family: 'auth',
      color: 'red',
    });
  });

  it('keeps the family colour for a new verb of a known family, without a label', () => {
    expect(describeAction('location.deleted')).toEqual({
      labelKey: undefined,
      family: 'location',
      color: 'teal',
    });
  });

  it('shows an unknown action as it is, in grey', () => {
    expect(describeAction('booking.cancelled')).toEqual({
      labelKey: undefined,
      family: undefined,
      color: 'gray',
    });
  });

  it('gives every known action a label key', () => {
    for (const action of KNOWN_ACTIONS) {
      expect(describeAction(action).labelKey).toBe(`actions.${action}`);
    }
  });
});

describe('ACTION_FILTERS', () => {
  it('covers every family with a prefix ending in a dot', () => {
    const prefixes = ACTION_FILTERS.map((filter) => filter.prefix);
    for (const family of AUDIT_FAMILIES) {
      expect(prefixes).toContain(`${family}.`);
    }
  });

  it('has failed sign-ins as their own exact action', () => {
    expect(ACTION_FILTERS.map((filter) => filter.prefix)).toContain('auth.login_failed');
  });

  it('has no duplicate prefixes', () => {
    const prefixes = ACTION_FILTERS.map((filter) => filter.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('entityLabelKey', () => {
  it('names known entity types and leaves others to be shown raw', () => {
    expect(entityLabelKey('location')).toBe('entities.location');
    expect(entityLabelKey('user')).toBe('entities.user');
    expect(entityLabelKey('booking')).toBeUndefined();
  });

  it.each(['user', 'session', 'invitation', 'api_key', 'legal_document', 'customer'])(
    'names %s, which the API records',
    (entityType) => {
      expect(entityLabelKey(entityType)).toBe(`entities.${entityType}`);
    },
  );

  it('keeps every known action in a family of its own prefix', () => {
    for (const action of KNOWN_ACTIONS) {
      expect(familyOf(action), action).toBe(action.split('.')[0]);
    }
  });
});
