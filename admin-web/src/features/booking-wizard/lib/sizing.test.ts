import { describe, expect, it } from 'vitest';
import { suggestedSize } from './sizing';

const KITES = ['5m', '6m', '7m', '8m', '9m', '10m', '12m'];
const BOARDS = ['132cm', '135cm', '138cm', '141cm', '145cm'];
const LETTERS = ['XS', 'S', 'M', 'L', 'XL'];

describe('suggestedSize', () => {
  it('picks a kite of about weight / 8 m², the smaller on a tie', () => {
    expect(suggestedSize('KITE', { weightKg: 75, heightCm: null }, KITES)).toBe('9m');
    expect(suggestedSize('kite', { weightKg: 52, heightCm: 160 }, KITES)).toBe('6m');
    expect(suggestedSize('KITE', { weightKg: 68, heightCm: null }, KITES)).toBe('8m');
    expect(suggestedSize('KITE', { weightKg: 110, heightCm: null }, KITES)).toBe('12m');
  });

  it('picks a longer twin-tip for a heavier rider', () => {
    expect(suggestedSize('BOARD', { weightKg: 50, heightCm: null }, BOARDS)).toBe('132cm');
    expect(suggestedSize('BOARD', { weightKg: 80, heightCm: null }, BOARDS)).toBe('138cm');
    expect(suggestedSize('BOARD', { weightKg: 100, heightCm: null }, BOARDS)).toBe('145cm');
  });

  it('picks garments by height, one size up when heavy for it', () => {
    expect(suggestedSize('WETSUIT', { weightKg: null, heightCm: 172 }, LETTERS)).toBe('M');
    expect(suggestedSize('WETSUIT', { weightKg: 95, heightCm: 172 }, LETTERS)).toBe('L');
    expect(suggestedSize('HARNESS', { weightKg: 60, heightCm: null }, LETTERS)).toBe('S');
    expect(suggestedSize('HELMET', { weightKg: null, heightCm: 195 }, ['S', 'M', 'L'])).toBe('L');
  });

  it('gives no hint without the body measure or a readable size', () => {
    expect(suggestedSize('KITE', { weightKg: null, heightCm: 180 }, KITES)).toBeNull();
    expect(suggestedSize('WETSUIT', { weightKg: null, heightCm: null }, LETTERS)).toBeNull();
    expect(suggestedSize('SURFBOARD', { weightKg: 70, heightCm: 175 }, ['5\'4"'])).toBeNull();
    expect(suggestedSize('KITE', { weightKg: 70, heightCm: null }, ['big'])).toBeNull();
  });
});
