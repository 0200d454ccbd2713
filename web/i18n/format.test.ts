import { describe, expect, it } from 'vitest';
import { formatBedrag, formatDatum, formatGetal, formatTijdstip } from './format.js';

// Intl separates the euro sign with a non-breaking space; compare with a plain one.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Dutch formatting', () => {
  it('formats a calendar date with the month written out, without a time-zone shift', () => {
    expect(formatDatum('2027-02-03')).toBe('3 februari 2027');
    expect(formatDatum('2026-12-31')).toBe('31 december 2026');
  });

  it('formats whole-euro amounts in cents without decimals and with dots between thousands', () => {
    expect(plain(formatBedrag(123_456_700))).toBe('€ 1.234.567');
    expect(plain(formatBedrag(0))).toBe('€ 0');
  });

  it('shows cents with a decimal comma when the amount is not whole euros', () => {
    expect(plain(formatBedrag(123_450))).toBe('€ 1.234,50');
  });

  it('formats a moment in Amsterdam time', () => {
    expect(formatTijdstip('2027-02-03T13:05:00Z')).toBe('3 februari 2027 om 14:05');
  });

  it('groups numbers the Dutch way and returns empty text for missing values', () => {
    expect(formatGetal(1234567)).toBe('1.234.567');
    expect(formatDatum(null)).toBe('');
    expect(formatBedrag(undefined)).toBe('');
  });

  it('formats in English when the interface language is English', () => {
    expect(formatDatum('2027-02-03', 'en')).toBe('3 February 2027');
    expect(formatBedrag(123_456_700, 'en')).toBe('€1,234,567');
  });
});
