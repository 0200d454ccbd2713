import { kandidaten } from './kandidaten.js';
import { kaalWoord, normaliseerKenmerk, normaliseerOrganisatie, normaliseerTitel, synoniem } from './normaliseer.js';
import { maakProfielen, type Profiel } from './profiel.js';
import { type Beoordeling, beoordeel, type ScoreContext } from './score.js';
import { type Kandidaat, wijsToe } from './toewijzing.js';
import {
  type AansluitOpties,
  type AansluitResultaat,
  type AansluitRij,
  type Beslissing,
  type Koppeling,
  STANDAARD_DREMPEL,
  STANDAARD_KANDIDATEN,
} from './types.js';
import { verschillen } from './verschillen.js';

export * from './types.js';
export { opsomming } from './score.js';

/**
 * Reconciles two lists of opdrachten: one-to-one pairs with score, reason and differences, the
 * rows found on one side only, and the completeness. Reviewer decisions come first: confirmed
 * and manual pairs are kept as they are, rejected pairs are never proposed again.
 */
export function sluitAan(
  links: readonly AansluitRij[],
  rechts: readonly AansluitRij[],
  opties: AansluitOpties = {},
): AansluitResultaat {
  const drempel = opties.drempel ?? STANDAARD_DREMPEL;
  const profielen = maakProfielen(links, rechts);
  const ctx: ScoreContext = { woordenboek: profielen.woordenboek, kenmerkenGedeeld: kenmerkenGedeeld(profielen.links, profielen.rechts) };
  const bezetLinks = new Set<number>();
  const bezetRechts = new Set<number>();
  const { vast, afgewezen } = pasBeslissingenToe(links, rechts, opties.beslissingen ?? [], bezetLinks, bezetRechts);

  const gescoord: Kandidaat[] = [];
  const oordelen = new Map<string, Beoordeling>();
  for (const [li, ri] of kandidaten(profielen, opties.kandidatenPerRij ?? STANDAARD_KANDIDATEN)) {
    if (bezetLinks.has(li) || bezetRechts.has(ri) || afgewezen.has(`${li}:${ri}`)) continue;
    const oordeel = beoordeel(profielen.links[li]!, profielen.rechts[ri]!, ctx);
    if (!oordeel || oordeel.gewicht < drempel) continue;
    gescoord.push({ links: li, rechts: ri, score: oordeel.gewicht });
    oordelen.set(`${li}:${ri}`, oordeel);
  }
  const voorgesteld: Koppeling[] = wijsToe(gescoord, bezetLinks, bezetRechts).map((k) => {
    const oordeel = oordelen.get(`${k.links}:${k.rechts}`)!;
    return koppeling(links[k.links]!, rechts[k.rechts]!, oordeel.score, zin(oordeel.redenen), 'voorgesteld');
  });
  const gekoppeld = [...vast.map(([li, ri, soort]) => vasteKoppeling(profielen.links[li]!, profielen.rechts[ri]!, soort, ctx)), ...voorgesteld]
    .sort((a, b) => a.links - b.links || a.rechts - b.rechts);
  const alleenLinks = links.filter((_, i) => !bezetLinks.has(i)).map((r) => r.rij).sort((a, b) => a - b);
  const alleenRechts = rechts.filter((_, i) => !bezetRechts.has(i)).map((r) => r.rij).sort((a, b) => a - b);
  const totaal = links.length + rechts.length;
  return {
    gekoppeld,
    alleenLinks,
    alleenRechts,
    volledigheid: totaal === 0 ? 1 : Math.round(((2 * gekoppeld.length) / totaal) * 1000) / 1000,
  };
}

/**
 * A key that names a row across versions of its list: its kenmerk, or else its title's meaning
 * with its numbers and agency. Decisions stored with these keys find their rows again after
 * the rows were renumbered, reordered or had their amounts changed.
 */
export function rijSleutel(rij: AansluitRij): string {
  const kenmerk = normaliseerKenmerk(rij.kenmerk);
  if (kenmerk) return `k:${kenmerk}`;
  const titel = normaliseerTitel(rij.titel ?? '');
  return `t:${titel.woorden.map((w) => synoniem(kaalWoord(w))).sort().join(' ')}|${titel.getallen.join(' ')}|${normaliseerOrganisatie(rij.uitvoeringsorganisatie) ?? ''}`;
}

function kenmerkenGedeeld(links: Profiel[], rechts: Profiel[]): boolean {
  const l = new Set(links.map((p) => p.kenmerk).filter((k): k is string => k !== null));
  const r = new Set(rechts.map((p) => p.kenmerk).filter((k): k is string => k !== null));
  if (l.size === 0 || r.size === 0) return false;
  let gedeeld = 0;
  for (const k of l) if (r.has(k)) gedeeld++;
  return gedeeld / Math.min(l.size, r.size) >= 0.3;
}

function pasBeslissingenToe(
  links: readonly AansluitRij[],
  rechts: readonly AansluitRij[],
  beslissingen: readonly Beslissing[],
  bezetLinks: Set<number>,
  bezetRechts: Set<number>,
) {
  const zoekerL = zoeker(links);
  const zoekerR = zoeker(rechts);
  const vast: Array<[number, number, 'bevestigd' | 'handmatig']> = [];
  const afgewezen = new Set<string>();
  // Fixed pairs first, so a rejection never hides a confirmed pair of the same rows.
  const volgorde = [...beslissingen].sort((a, b) => Number(a.soort === 'afgewezen') - Number(b.soort === 'afgewezen'));
  for (const b of volgorde) {
    const isVast = b.soort !== 'afgewezen';
    const li = zoekerL(b.links, isVast ? bezetLinks : null);
    const ri = zoekerR(b.rechts, isVast ? bezetRechts : null);
    if (li === null || ri === null) continue;
    if (b.soort === 'afgewezen') {
      afgewezen.add(`${li}:${ri}`);
      continue;
    }
    bezetLinks.add(li);
    bezetRechts.add(ri);
    vast.push([li, ri, b.soort]);
  }
  return { vast, afgewezen };
}

/** Finds a row by number or key; for fixed pairs the first row with that key not yet taken. */
function zoeker(rijen: readonly AansluitRij[]) {
  const perRij = new Map<number, number>();
  const perSleutel = new Map<string, number[]>();
  rijen.forEach((r, i) => {
    perRij.set(r.rij, i);
    const s = rijSleutel(r);
    perSleutel.set(s, [...(perSleutel.get(s) ?? []), i]);
  });
  return (verwijzing: number | string, bezet: Set<number> | null): number | null => {
    const kandidaten = typeof verwijzing === 'number' ? [perRij.get(verwijzing)].filter((i) => i !== undefined) : (perSleutel.get(verwijzing) ?? []);
    return kandidaten.find((i) => !bezet?.has(i)) ?? null;
  };
}

function vasteKoppeling(l: Profiel, r: Profiel, soort: 'bevestigd' | 'handmatig', ctx: ScoreContext): Koppeling {
  const oordeel = beoordeel(l, r, ctx);
  const eerst = soort === 'bevestigd' ? 'bevestigd door een beoordelaar' : 'handmatig gekoppeld';
  return koppeling(l.rij, r.rij, 1, zin([eerst, ...(oordeel?.redenen ?? [])]), soort);
}

function koppeling(l: AansluitRij, r: AansluitRij, score: number, reden: string, herkomst: Koppeling['herkomst']): Koppeling {
  return { links: l.rij, rechts: r.rij, score, reden, herkomst, verschillen: verschillen(l, r) };
}

function zin(delen: readonly string[]): string {
  return delen.join(', ');
}

export { verschillen } from './verschillen.js';
export { normaliseerOrganisatie, zelfdeOrganisatie } from './normaliseer.js';
