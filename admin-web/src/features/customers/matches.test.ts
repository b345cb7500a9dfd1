import { describe, expect, it } from 'vitest';
import { matchQuery } from './matches';

describe('matchQuery', () => {
  it.each<[string, string, ReturnType<typeof matchQuery>]>([
    ['', '', null],
    ['ayse@', '', null],
    ['ayse@example', '', null],
    ['ayse@example.c', '', null],
    [' ayse@example.com ', '', { email: 'ayse@example.com' }],
    ['', '0532', null],
    ['', '+90 532 11', { phone: '+90 532 11' }],
    ['a@b.co', '0532 111 22 33', { email: 'a@b.co', phone: '0532 111 22 33' }],
  ])('email %j and phone %j ask %j', (email, phone, expected) => {
    expect(matchQuery(email, phone)).toEqual(expected);
  });
});
