import { describe, expect, it } from 'vitest';
import { categoryKey, sizeLabel } from './rules.js';

describe('categoryKey', () => {
  it.each([
    ['Kite', 'KITE'],
    ['  kite ', 'KITE'],
    ['twin tip', 'TWIN_TIP'],
    ['Twin-Tip', 'TWIN_TIP'],
    ['IMPACT_VEST', 'IMPACT_VEST'],
    ['impact  -  vest', 'IMPACT_VEST'],
    ['foil/board', 'FOIL_BOARD'],
    ['Kıyafet', 'KIYAFET'],
    ['şişme yelek', 'SISME_YELEK'],
    ['İç giyim', 'IC_GIYIM'],
    ['Neopreno térmico', 'NEOPRENO_TERMICO'],
    ['SUP2', 'SUP2'],
  ])('%j is %s', (raw, key) => {
    expect(categoryKey(raw)).toBe(key);
  });

  it.each(['', '   ', '---', '9m kites', 'kite!', 'a'.repeat(41)])('refuses %j', (raw) => {
    expect(categoryKey(raw)).toBeNull();
  });
});

describe('sizeLabel', () => {
  it.each([
    ['9m', '9m'],
    ['9 M', '9m'],
    [' 12  m ', '12m'],
    ['4,5m', '4.5m'],
    ['138 CM', '138cm'],
    ['85L', '85l'],
    ['10', '10'],
    ['m', 'M'],
    ['xxl', 'XXL'],
    ['S/M', 'S/M'],
    ['5\'2"', '5\'2"'],
    ['One  size', 'One size'],
  ])('%j is %j', (raw, label) => {
    expect(sizeLabel(raw)).toBe(label);
  });

  it.each([null, undefined, '', '   '])('%j is no size', (raw) => {
    expect(sizeLabel(raw)).toBeNull();
  });
});
