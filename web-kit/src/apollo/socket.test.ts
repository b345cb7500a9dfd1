import { describe, expect, it } from 'vitest';
import { isUnreachableClose, reconnectDelay, socketUrl } from './socket';

describe('socketUrl', () => {
  it('uses wss on https and keeps the host and port', () => {
    expect(socketUrl({ protocol: 'https:', host: 'school.example:8443' }, '/graphql')).toBe(
      'wss://school.example:8443/graphql',
    );
  });

  it('uses ws on http', () => {
    expect(socketUrl({ protocol: 'http:', host: 'localhost:5173' }, '/graphql')).toBe(
      'ws://localhost:5173/graphql',
    );
  });
});

describe('reconnectDelay', () => {
  const noJitter = () => 0;

  it('doubles from half a second and caps at ten seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 10, 50].map((n) => reconnectDelay(n, noJitter))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000,
    ]);
  });

  it('adds up to half a second of jitter', () => {
    expect(reconnectDelay(0, () => 0.999)).toBe(999);
  });
});

describe('isUnreachableClose', () => {
  it.each([
    [1006, true],
    [1001, true],
    [1012, true],
    [4499, true],
    [1000, false],
    [4205, false],
    [4403, false],
    [4401, false],
  ])('close code %i means unreachable: %s', (code, expected) => {
    expect(isUnreachableClose({ code })).toBe(expected);
  });

  it('treats errors without a close code as unreachable', () => {
    expect(isUnreachableClose(new Error('socket error'))).toBe(true);
  });
});
