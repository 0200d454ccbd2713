import { kolomLetter, normaliseer } from './normaliseer.js';
import { type Kolom, type Kolommapping, type Probleem, type Veld, VELDEN } from './types.js';

/** Header words per field, most specific first: an earlier synonym wins a tie between columns. */
const SYNONIEMEN: Record<Veld, string[]> = {
  kenmerkOpdrachtgever: ['kenmerk opdrachtgever', 'kenmerk departement', 'kenmerk ministerie', 'kenmerk dg', 'id opdrachtgever', 'nummer opdrachtgever', 'referentie opdrachtgever', 'zaaknummer opdrachtgever', 'kenmerk og', 'commissioner id', 'commissioner reference'],
  kenmerkUitvoerder: ['kenmerk uitvoerder', 'kenmerk uitvoeringsorganisatie', 'kenmerk opdrachtnemer', 'kenmerk agentschap', 'id uitvoerder', 'nummer uitvoerder', 'referentie uitvoerder', 'zaaknummer uitvoerder', 'kenmerk on', 'agency id', 'agency reference'],
  kenmerk: ['kenmerk', 'zaaknummer', 'zaak nr', 'zaak id', 'opdrachtnummer', 'opdracht nr', 'opdracht id', 'opdrachtkenmerk', 'kenmerk opdracht', 'referentienummer', 'referentie', 'projectnummer', 'project nr', 'projectcode', 'dossiernummer', 'id', 'nummer', 'nr', 'ref', 'code', 'identifier', 'reference', 'key', 'number'],
  titel: ['titel', 'naam opdracht', 'opdrachtnaam', 'titel opdracht', 'opdracht', 'projectnaam', 'naam project', 'onderwerp', 'korte omschrijving', 'naam', 'project', 'title', 'name', 'subject', 'assignment'],
  omschrijving: ['omschrijving', 'beschrijving', 'toelichting', 'omschrijving opdracht', 'inhoud', 'details', 'lange omschrijving', 'description', 'notes'],
  opdrachtgever: ['opdrachtgever', 'opdrachtgevende organisatie', 'opdrachtgevende directie', 'opdrachtgevend dg', 'dg', 'directoraat generaal', 'beleidsdirectie', 'directie', 'departement', 'ministerie', 'aanvrager', 'commissioner', 'client', 'principal'],
  uitvoeringsorganisatie: ['uitvoeringsorganisatie', 'uitvoerder', 'opdrachtnemer', 'uitvoerende organisatie', 'agentschap', 'uitvoeringsdienst', 'zbo', 'dienst', 'agency', 'executing agency', 'contractor'],
  beleidsterrein: ['beleidsterrein', 'beleidsveld', 'beleidsgebied', 'beleidsdomein', 'beleidsthema', 'domein', 'thema', 'policy area', 'policy field'],
  soort: ['soort', 'soort opdracht', 'type', 'type opdracht', 'opdrachttype', 'categorie', 'aard', 'kind', 'category'],
  status: ['status', 'status opdracht', 'fase', 'stand', 'stadium', 'state'],
  startdatum: ['startdatum', 'start', 'begindatum', 'begin', 'ingangsdatum', 'aanvangsdatum', 'aanvang', 'datum start', 'looptijd van', 'start looptijd', 'van', 'vanaf', 'start date', 'from'],
  einddatum: ['einddatum', 'eind', 'einde', 'afloopdatum', 'opleverdatum', 'datum eind', 'looptijd tot', 'eind looptijd', 'tot', 'tot en met', 't m', 'gereed', 'deadline', 'end date', 'end', 'until', 'to'],
  budget: ['budget', 'bedrag', 'begroting', 'begroot', 'kosten', 'raming', 'geraamde kosten', 'financiering', 'middelen', 'totaal', 'totaalbedrag', 'budget totaal', 'opdrachtbedrag', 'amount', 'cost', 'costs', 'funding'],
  fte: ['fte', 'fte s', 'formatie', 'aantal fte', 'inzet fte', 'fte inzet', 'capaciteit fte', 'personele inzet', 'bezetting'],
  jaar: ['jaar', 'begrotingsjaar', 'boekjaar', 'kalenderjaar', 'jaartal', 'year'],
};

/** Words that say nothing about the field: "Bedrag in euro's" is "bedrag". */
const VULWOORDEN = new Set(['de', 'het', 'een', 'van', 'der', 'in', 'eur', 'euro', 'euros', 's', 'x', 'the', 'of', 'per', 'totaal', 'total', 'incl', 'excl', 'btw']);

const EENHEDEN: [RegExp, number][] = [
  [/\b(?:x ?(?:eur ?)?1 ?(?:000 ?000|mln|miljoen)|x ?(?:eur ?)?(?:mln|miljoen)|(?:in )?miljoenen|m ?eur|mln)\b/, 1e6],
  [/\b(?:x ?(?:eur ?)?1 ?000|x ?(?:eur ?)?(?:duizend|dzd)|(?:in )?duizenden|k ?eur|eur ?k|dzd)\b/, 1e3],
];

function sleutel(genormaliseerd: string): string {
  return genormaliseerd.split(' ').filter((w) => w !== '' && !VULWOORDEN.has(w)).join(' ');
}

const OP_SLEUTEL = new Map<string, { veld: Veld; rang: number }>();
for (const veld of VELDEN) {
  SYNONIEMEN[veld].forEach((woord, rang) => {
    const n = normaliseer(woord);
    for (const k of new Set([sleutel(n), n])) if (k && !OP_SLEUTEL.has(k)) OP_SLEUTEL.set(k, { veld, rang });
  });
}

interface Herkenning {
  veld: Veld;
  jaar: number | null;
  factor: number;
  rang: number;
}

/** What a header stands for: a field, a field for one year ("Begroting 2027"), and its unit. */
export function herkenKop(kop: string): Herkenning | null {
  let n = normaliseer(kop);
  if (n === '') return null;
  let factor = 1;
  for (const [patroon, waarde] of EENHEDEN) {
    if (patroon.test(n)) {
      factor = waarde;
      n = n.replace(patroon, ' ').replace(/\s+/g, ' ').trim();
      break;
    }
  }
  const jaren = n.match(/\b(?:199\d|20\d\d|2100)\b/g);
  if (jaren?.length === 1) {
    const jaar = Number(jaren[0]);
    const rest = sleutel(n.replace(jaren[0], ' ').replace(/\s+/g, ' ').trim());
    const gevonden = rest === '' || rest === 'jaar' ? { veld: 'budget' as const, rang: 0 } : OP_SLEUTEL.get(rest);
    if (gevonden && (gevonden.veld === 'budget' || gevonden.veld === 'fte')) return { ...gevonden, jaar, factor };
  }
  const gevonden = OP_SLEUTEL.get(sleutel(n)) ?? OP_SLEUTEL.get(n);
  return gevonden ? { ...gevonden, jaar: null, factor } : null;
}

export function mappingSleutel(veld: Veld, jaar: number | null): string {
  return jaar === null ? veld : `${veld}.${jaar}`;
}

/** Parses a mapping key: `titel`, `budget.2027`; null when it names no field. */
export function leesSleutel(key: string): { veld: Veld; jaar: number | null } | null {
  const m = /^([a-zA-Z]+)(?:[. ](\d{4}))?$/.exec(key.trim());
  if (!m) return null;
  const veld = VELDEN.find((v) => v === m[1]);
  if (!veld) return null;
  if (m[2] === undefined) return { veld, jaar: null };
  const jaar = Number(m[2]);
  return (veld === 'budget' || veld === 'fte') && jaar >= 1990 && jaar <= 2100 ? { veld, jaar } : null;
}

/**
 * Assigns fields to columns: recognised from the headers, then the explicit mapping on top.
 * Each field (or field-year) gets at most one column; a column at most one field.
 */
export function wijsKolommenToe(headers: string[], kopRij: number, expliciet: Kolommapping = {}) {
  const problemen: Probleem[] = [];
  const kolommen: Kolom[] = headers.map((kop, index) => ({ index, letter: kolomLetter(index), kop, sleutel: null, veld: null, jaar: null, factor: 1 }));
  const bezet = new Map<string, Kolom | null>();

  const vergeven = new Set<number>();
  for (const [key, kop] of Object.entries(expliciet)) {
    const gelezen = leesSleutel(key);
    if (!gelezen) {
      problemen.push({ rij: kopRij, kolom: kop, veld: key, code: 'onbekend-veld', melding: `'${key}' is geen veld; gebruik ${VELDEN.join(', ')} of budget.2027/fte.2027` });
      continue;
    }
    const k = mappingSleutel(gelezen.veld, gelezen.jaar);
    if (kop === null) {
      bezet.set(k, null);
      continue;
    }
    const kolom = zoekKolom(kolommen, kop);
    if (!kolom) {
      problemen.push({ rij: kopRij, kolom: kop, veld: k, code: 'kolom-ontbreekt', melding: `De kolom '${kop}' (voor ${k}) staat niet in de kopregel (rij ${kopRij})` });
      continue;
    }
    const herkend = herkenKop(kolom.kop);
    Object.assign(kolom, { sleutel: k, veld: gelezen.veld, jaar: gelezen.jaar, factor: herkend?.factor ?? 1 });
    bezet.set(k, kolom);
    vergeven.add(kolom.index);
  }

  const kandidaten = kolommen
    .filter((k) => !vergeven.has(k.index))
    .map((kolom) => ({ kolom, herkend: herkenKop(kolom.kop) }))
    .filter((c): c is { kolom: Kolom; herkend: Herkenning } => c.herkend !== null)
    .sort((a, b) => a.herkend.rang - b.herkend.rang || a.kolom.index - b.kolom.index);
  for (const { kolom, herkend } of kandidaten) {
    const k = mappingSleutel(herkend.veld, herkend.jaar);
    if (bezet.has(k)) continue;
    Object.assign(kolom, { sleutel: k, veld: herkend.veld, jaar: herkend.jaar, factor: herkend.factor });
    bezet.set(k, kolom);
  }

  // "Omschrijving" is the title in many lists that have no separate title column.
  const omschrijving = bezet.get('omschrijving');
  if (!bezet.has('titel') && omschrijving && !('omschrijving' in expliciet)) {
    const kolom = omschrijving;
    Object.assign(kolom, { sleutel: 'titel', veld: 'titel' });
    bezet.delete('omschrijving');
    bezet.set('titel', kolom);
  }

  const mapping: Record<string, string> = {};
  for (const kolom of kolommen) if (kolom.sleutel) mapping[kolom.sleutel] = kolom.kop;
  const onbekend = kolommen.filter((k) => !k.sleutel && k.kop.trim() !== '').map((k) => k.kop);
  return { kolommen, mapping, onbekend, problemen };
}

function zoekKolom(kolommen: Kolom[], kop: string): Kolom | undefined {
  return kolommen.find((k) => k.kop === kop) ?? kolommen.find((k) => k.kop.trim().toLowerCase() === kop.trim().toLowerCase())
    ?? kolommen.find((k) => normaliseer(k.kop) === normaliseer(kop));
}

