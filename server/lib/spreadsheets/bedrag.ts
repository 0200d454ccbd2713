import { normaliseer, toon } from './normaliseer.js';
import { type Cell, fout, ok, type Parsed } from './types.js';

const LEEG = new Set(['', '-', '--', '—', '–', 'nvt', 'n v t', 'n a', 'na', 'geen']);

/** Multipliers written after an amount: "1,2 mln", "250k", "3 mld". */
const SUFFIXEN: [RegExp, number][] = [
  [/(?:miljard|mld|mrd|bn)\.?$/, 1e9],
  [/(?:miljoen|mln|mio|m)\.?$/, 1e6],
  [/(?:duizend|dzd|k)\.?$/, 1e3],
];

const SPATIES = /[\s\u00a0\u2009\u202f]+/g;

export interface BedragOpties {
  /** Unit of the column, e.g. 1000 for "Bedrag (x €1.000)"; applies to plain numbers. */
  factor?: number;
}

/**
 * An amount in Dutch or (when unambiguous) English notation as integer cents:
 * `€ 1.234.567,89`, `1.234.567`, `1234567,89`, `1,2 mln`, `250k`, `(1.000)` for −1000,
 * `1,234,567.89`. Spreadsheet numbers are euros. Empty, "-" and "n.v.t." are no amount (null).
 */
export function parseBedrag(raw: Cell | undefined, opties: BedragOpties = {}): Parsed<number> {
  const factor = opties.factor ?? 1;
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'number') return naarCenten(raw * factor, raw);
  if (typeof raw !== 'string') return fout(`${toon(raw)} is geen bedrag`);
  const tekst = raw.trim();
  if (LEEG.has(normaliseer(tekst))) return ok(null);

  let s = tekst.toLowerCase().replace(SPATIES, '');
  let negatief = false;
  const haakjes = /^\((.*)\)$/.exec(s);
  if (haakjes) {
    negatief = true;
    s = haakjes[1]!;
  }
  // "2.500,-" is a whole amount, not a negative one.
  s = s.replace(/^(?:€|eur(?:o|os)?)/, '').replace(/(?:€|eur(?:o|os)?)$/, '').replace(/[.,]-$/, '');
  if (/^[-−]/.test(s)) {
    negatief = !negatief;
    s = s.slice(1).replace(/^(?:€|eur(?:o|os)?)/, '');
  } else if (/[-−]$/.test(s)) {
    negatief = !negatief;
    s = s.slice(0, -1);
  }

  let vermenigvuldiger = factor;
  let heeftSuffix = false;
  for (const [patroon, waarde] of SUFFIXEN) {
    if (patroon.test(s) && /\d/.test(s.replace(patroon, '').slice(-1))) {
      s = s.replace(patroon, '').replace(/(?:€|eur(?:o|os)?)$/, '');
      vermenigvuldiger = waarde;
      heeftSuffix = true;
      break;
    }
  }
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return fout(`${toon(tekst)} is geen bedrag`);

  const getal = leesGetal(s, heeftSuffix);
  if (typeof getal === 'string') return fout(`${toon(tekst)}: ${getal}`);
  return naarCenten((negatief ? -getal : getal) * vermenigvuldiger, tekst);
}

/** A number with thousands and decimal separators, or a reason why it cannot be read. */
function leesGetal(s: string, heeftSuffix: boolean): number | string {
  const punten = s.split('.').length - 1;
  const kommas = s.split(',').length - 1;
  if (punten > 0 && kommas > 0) {
    const decimaal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const duizend = decimaal === ',' ? '.' : ',';
    const [geheel, ...rest] = s.split(decimaal);
    if (rest.length !== 1 || !isGegroepeerd(geheel!, duizend)) return 'scheidingstekens kloppen niet';
    return Number(`${geheel!.split(duizend).join('')}.${rest[0]}`);
  }
  if (kommas > 1) return isGegroepeerd(s, ',') ? Number(s.split(',').join('')) : 'scheidingstekens kloppen niet';
  if (punten > 1) return isGegroepeerd(s, '.') ? Number(s.split('.').join('')) : 'scheidingstekens kloppen niet';
  if (kommas === 1) {
    const [geheel, decimalen] = s.split(',') as [string, string];
    // "1,234" is 1234 in English and 1,234 in Dutch notation: not guessed.
    if (decimalen.length === 3 && !heeftSuffix && geheel !== '0') {
      return 'dubbelzinnig (1234 of 1,234?); schrijf 1.234 of 1234 voor duizendtallen, of 1,23 met twee decimalen';
    }
    return Number(`${geheel}.${decimalen}`);
  }
  if (punten === 1) {
    const [geheel, decimalen] = s.split('.') as [string, string];
    // In Dutch notation a dot before exactly three digits groups thousands: "1.234" is 1234.
    if (decimalen.length === 3 && geheel !== '0') return Number(`${geheel}${decimalen}`);
    return Number(`${geheel}.${decimalen}`);
  }
  return Number(s);
}

function isGegroepeerd(s: string, scheiding: string): boolean {
  const groepen = s.split(scheiding);
  return /^\d{1,3}$/.test(groepen[0]!) && groepen.slice(1).every((g) => /^\d{3}$/.test(g));
}

function naarCenten(euros: number, raw: unknown): Parsed<number> {
  const centen = Math.round(euros * 100);
  if (!Number.isFinite(euros) || !Number.isSafeInteger(centen) || Math.abs(euros) >= 1e13) {
    return fout(`${toon(raw)} is geen bruikbaar bedrag`);
  }
  return ok(centen === 0 ? 0 : centen);
}
