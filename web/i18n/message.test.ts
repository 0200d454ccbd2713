import { describe, expect, it } from 'vitest';
import { formatMessage } from './message.js';

describe('message catalogue texts', () => {
  it('fills named values', () => {
    expect(formatMessage('Ingelogd als {naam}', { naam: 'A. de Vries' }, 'nl')).toBe('Ingelogd als A. de Vries');
  });

  it('picks the plural form and writes the count the Dutch way', () => {
    const text = 'Er {aantal, plural, one {is # fout} other {zijn # fouten}}';
    expect(formatMessage(text, { aantal: 1 }, 'nl')).toBe('Er is 1 fout');
    expect(formatMessage(text, { aantal: 1200 }, 'nl')).toBe('Er zijn 1.200 fouten');
  });

  it('leaves a text without values untouched', () => {
    expect(formatMessage('Geen {waarde}', undefined, 'nl')).toBe('Geen {waarde}');
  });
});
