import { describe, expect, it } from 'vitest';
import { tabFrom, withTab } from './tabParam';

const TABS = ['profile', 'family', 'history'] as const;

describe('tabFrom', () => {
  it('opens the tab the URL names when it is allowed', () => {
    expect(tabFrom('family', TABS, 'profile')).toBe('family');
  });

  it('falls back for no tab, an unknown one, or one not allowed here', () => {
    expect(tabFrom(null, TABS, 'profile')).toBe('profile');
    expect(tabFrom('pay', TABS, 'profile')).toBe('profile');
    expect(tabFrom('history', ['profile', 'family'], 'profile')).toBe('profile');
  });
});

describe('withTab', () => {
  it('names another tab and keeps the other params', () => {
    expect(withTab(new URLSearchParams('q=ada'), 'family', 'profile').toString()).toBe(
      'q=ada&tab=family',
    );
  });

  it('leaves the fallback tab (or none) out of the URL', () => {
    expect(withTab(new URLSearchParams('tab=family&q=ada'), 'profile', 'profile').toString()).toBe(
      'q=ada',
    );
    expect(withTab(new URLSearchParams('tab=family'), null, 'profile').toString()).toBe('');
  });

  it('does not change the params it was given', () => {
    const params = new URLSearchParams('tab=family');
    withTab(params, 'history', 'profile');
    expect(params.toString()).toBe('tab=family');
  });
});
