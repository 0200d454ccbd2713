import type { Prng } from '../prng.js';
import { AFKORTINGEN, HERFORMULERINGEN } from './woorden.js';

/** How often a list does each thing to a title (per row). The agency's list strays further. */
export interface TitelRuis {
  herformuleren: number;
  afkorten: number;
  inkorten: number;
  spelfout: number;
  hoofdletters: number;
  projectcode: number;
  jaarWeg: number;
}

export const RUIS_OPDRACHTGEVER: TitelRuis = {
  herformuleren: 0.05, afkorten: 0.08, inkorten: 0.03, spelfout: 0.05, hoofdletters: 0.03, projectcode: 0.1, jaarWeg: 0,
};
export const RUIS_UITVOERDER: TitelRuis = {
  herformuleren: 0.2, afkorten: 0.25, inkorten: 0.1, spelfout: 0.15, hoofdletters: 0.08, projectcode: 0.3, jaarWeg: 0.05,
};

/** Difficulties applied to a title, for recall per difficulty in the report. */
export type Moeilijkheid = keyof TitelRuis;

/** A title as one list writes it, and what was done to it. */
export function varieerTitel(rng: Prng, titel: string, ruis: TitelRuis, code: string): { titel: string; gedaan: Moeilijkheid[] } {
  let t = titel;
  const gedaan: Moeilijkheid[] = [];
  if (rng.chance(ruis.herformuleren)) {
    const [eerste] = t.split(' ');
    const alternatieven = HERFORMULERINGEN[eerste!];
    if (alternatieven) t = `${rng.pick(alternatieven)}${t.slice(eerste!.length)}`;
    else if (/ \d{4}$/.test(t)) t = t.replace(/^(\S+) (.+) (\d{4})$/, (_m, a: string, b: string, j: string) => `${cap(b)}: ${a.toLowerCase()} ${j}`);
    else t = `${t.split(' ').slice(1).join(' ')} (${eerste!.toLowerCase()})`;
    gedaan.push('herformuleren');
  }
  if (rng.chance(ruis.afkorten)) {
    let geraakt = false;
    for (const [vol, kort] of Object.entries(AFKORTINGEN)) {
      if (t.includes(vol) && rng.chance(0.8)) {
        t = t.replace(vol, kort);
        geraakt = true;
      }
    }
    if (geraakt) gedaan.push('afkorten');
  }
  if (rng.chance(ruis.inkorten)) {
    const woorden = t.split(' ');
    // Lists drop the tail of long titles ("… voor zzp'ers"), rarely a number: that names the opdracht.
    const laatste = woorden[woorden.length - 1]!;
    if (woorden.length >= 4 && !/\d/.test(laatste)) {
      // "voor zzp'ers" and "regio Twente" go as a whole; otherwise the last word.
      const weg = ['voor', 'regio'].includes(woorden[woorden.length - 2]!) ? 2 : 1;
      t = woorden.slice(0, woorden.length - weg).join(' ');
      gedaan.push('inkorten');
    }
  }
  if (rng.chance(ruis.jaarWeg) && / (19|20)\d\d$/.test(t)) {
    t = t.replace(/ (19|20)\d\d$/, '');
    gedaan.push('jaarWeg');
  }
  if (rng.chance(ruis.spelfout)) {
    t = spelfout(rng, t);
    gedaan.push('spelfout');
  }
  if (rng.chance(ruis.hoofdletters)) {
    t = rng.chance(0.5) ? t.toUpperCase() : t.toLowerCase();
    gedaan.push('hoofdletters');
  }
  if (rng.chance(ruis.projectcode)) {
    const vorm = rng.int(0, 2);
    t = vorm === 0 ? `${code}: ${t}` : vorm === 1 ? `[${code}] ${t}` : `${t} (${code})`;
    gedaan.push('projectcode');
  }
  return { titel: t, gedaan };
}

/** One typing error in a word of six letters or more: a swap, a missing, double or wrong letter. */
function spelfout(rng: Prng, titel: string): string {
  const woorden = titel.split(' ');
  const kandidaten = woorden.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{6,}$/.test(w));
  if (kandidaten.length === 0) return titel;
  const [woord, index] = rng.pick(kandidaten);
  const p = rng.int(1, woord.length - 2);
  const soort = rng.int(0, 3);
  const fout =
    soort === 0 ? woord.slice(0, p) + woord[p + 1] + woord[p] + woord.slice(p + 2)
    : soort === 1 ? woord.slice(0, p) + woord.slice(p + 1)
    : soort === 2 ? woord.slice(0, p) + woord[p] + woord.slice(p)
    : woord.slice(0, p) + rng.pick([...'aeiounrst']) + woord.slice(p + 1);
  woorden[index] = fout;
  return woorden.join(' ');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An amount as a list rounds it: to thousands, or to a tenth of a million ("1,2 mln"). */
export function rondAf(rng: Prng, centen: number): number {
  if (centen >= 100_000_000 && rng.chance(0.5)) return Math.round(centen / 10_000_000) * 10_000_000;
  return Math.round(centen / 100_000) * 100_000;
}
