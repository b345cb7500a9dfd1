import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirect';

describe('redirectTarget', () => {
  it.each([
    [{ from: '/locations?tab=2#x' }, '/locations?tab=2#x'],
    [{ from: '/' }, '/'],
    [{ from: '//evil.example/' }, '/'],
    [{ from: 'https://evil.example/' }, '/'],
    [{ from: '/login' }, '/'],
    [{ from: 42 }, '/'],
    [null, '/'],
    [undefined, '/'],
  ])('%j → %s', (state, expected) => {
    expect(redirectTarget(state)).toBe(expected);
  });
});
