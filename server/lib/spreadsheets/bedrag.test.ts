import { describe, expect, it } from 'vitest';
import { parseBedrag } from './bedrag.js';

function centen(raw: Parameters<typeof parseBedrag>[0], factor?: number) {
  const r = parseBedrag(raw, factor === undefined ? {} : { factor });
  if (!r.ok) throw new Error(r.reden);
  return r.waarde;
}

describe('parseBedrag', () => {
  it.each([
    ['€ 1.234.567,89', 123_456_789],
    ['€1.234.567,89', 123_456_789],
    ['1.234.567', 123_456_700],
    ['1234567,89', 123_456_789],
    ['1234567', 123_456_700],
    ['1.234', 123_400],
    ['12,5', 1250],
    ['0,125', 13],
    ['EUR 2.500,-', 250_000],
    ['2.500,- euro', 250_000],
    ['1 234 567', 123_456_700],
    ['1\u00a0234\u00a0567,00', 123_456_700],
  ])('reads the Dutch amount %s', (raw, expected) => {
    expect(centen(raw)).toBe(expected);
  });

  it.each([
    ['1,2 mln', 120_000_000],
    ['1,2 miljoen', 120_000_000],
    ['€ 1,2 mln', 120_000_000],
    ['1.2M', 120_000_000],
    ['3 mld', 300_000_000_000],
    ['250k', 25_000_000],
    ['250 dzd', 25_000_000],
    ['250 duizend', 25_000_000],
    ['0,75 mln', 75_000_000],
  ])('reads %s with its multiplier', (raw, expected) => {
    expect(centen(raw)).toBe(expected);
  });

  it.each([
    ['(1.234,00)', -123_400],
    ['-1.234', -123_400],
    ['€ -1.234,50', -123_450],
    ['-€ 1.234,50', -123_450],
    ['1.234-', -123_400],
  ])('reads the negative amount %s', (raw, expected) => {
    expect(centen(raw)).toBe(expected);
  });

  it.each([
    ['1,234,567.89', 123_456_789],
    ['1,234,567', 123_456_700],
    ['1234.56', 123_456],
    ['1.5', 150],
  ])('reads the English amount %s when it is unambiguous', (raw, expected) => {
    expect(centen(raw)).toBe(expected);
  });

  it('takes spreadsheet numbers as euros and applies the column unit', () => {
    expect(centen(1234.56)).toBe(123_456);
    expect(centen(1234, 1000)).toBe(123_400_000);
    expect(centen('1.234', 1000)).toBe(123_400_000);
    expect(centen('1,2 mln', 1000)).toBe(120_000_000);
  });

  it('treats empty, dash and n.v.t. as no amount', () => {
    for (const raw of [null, '', '  ', '-', 'n.v.t.', 'nvt']) expect(centen(raw)).toBeNull();
  });

  it('refuses "1,234" as ambiguous instead of guessing', () => {
    const r = parseBedrag('1,234');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reden).toMatch(/dubbelzinnig/);
  });

  it.each(['twaalf', '12,3,4', '1.23.4', '1,234.567,8', '€', '12 appels', '1..2', true])('refuses %s with a Dutch reason', (raw) => {
    const r = parseBedrag(raw as string);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reden).toMatch(/bedrag|scheidingstekens|dubbelzinnig/);
  });
});
