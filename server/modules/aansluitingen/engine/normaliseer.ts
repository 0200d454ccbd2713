/** Text normalisation for matching titles, names and identifiers of opdrachten. */

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no accents. */
export function plat(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

/** An identifier without case, spaces or separators: "UWV 2026/014" and "uwv-2026-014" are one. */
export function normaliseerKenmerk(kenmerk: string | null | undefined): string | null {
  if (!kenmerk) return null;
  // Leading zeros differ between systems ("00123" and "123") without meaning anything.
  const delen = plat(String(kenmerk))
    .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    .filter(Boolean)
    .map((deel) => (/^\d+$/.test(deel) ? String(BigInt(deel)) : deel));
  const k = delen.join('');
  return k.length > 0 ? k : null;
}

// Words that carry no meaning for matching titles.
const STOPWOORDEN = new Set([
  'de', 'het', 'een', 'en', 'van', 'voor', 'in', 'op', 'met', 'bij', 'aan', 'door', 'over', 'naar', 'om',
  'te', 'tot', 'uit', 'als', 'of', 'per', 'inzake', 'ivm', 'tbv', 'ten', 'behoeve', 'der', 'den', 'ter',
  'and', 'the', 'of', 'for', 'to', 'opdracht', 'project',
]);

/**
 * Words that mean the same in titles of opdrachten, mapped to one of them. Lists are reworded
 * with exactly these ("Invoering" where the other side wrote "Implementatie").
 */
const SYNONIEMEN: Record<string, string> = {
  implementatie: 'invoering', implementeren: 'invoering', invoeren: 'invoering', introductie: 'invoering',
  uitvoering: 'invoering', uitvoeren: 'invoering',
  aanpassing: 'wijziging', aanpassen: 'wijziging', wijzigen: 'wijziging', aanpassingen: 'wijziging', wijzigingen: 'wijziging',
  onderhoud: 'beheer', instandhouding: 'beheer', exploitatie: 'beheer',
  modernisering: 'vernieuwing', moderniseren: 'vernieuwing', vernieuwen: 'vernieuwing', herbouw: 'vernieuwing',
  optimalisatie: 'verbetering', verbeteren: 'verbetering', optimaliseren: 'verbetering',
  ontwikkeling: 'bouw', ontwikkelen: 'bouw', realisatie: 'bouw', bouwen: 'bouw',
  onderzoeken: 'onderzoek', verkenning: 'onderzoek', analyse: 'onderzoek',
  indexering: 'indexatie', indexeren: 'indexatie',
  proef: 'pilot', experiment: 'pilot', proefproject: 'pilot',
  intensivering: 'versterking', versterken: 'versterking', intensiveren: 'versterking',
  vervanging: 'vernieuwing', vervangen: 'vernieuwing',
  jaarlijkse: 'jaarlijks', systemen: 'systeem', applicatie: 'systeem', ict: 'it',
  regelingen: 'regeling', uitkeringen: 'uitkering', toeslagen: 'toeslag',
  migreren: 'migratie', digitaliseren: 'digitalisering', vereenvoudigen: 'vereenvoudiging',
};

/** The word a synonym stands for ("implementatie" → "invoering"), or the word itself. */
export function synoniem(woord: string): string {
  return SYNONIEMEN[woord] ?? woord;
}

/** Roman numerals as they appear in titles ("Fase II"); "i" and "v" alone are too ambiguous. */
const ROMEINS: Record<string, string> = { ii: '2', iii: '3', iv: '4', vi: '6', vii: '7', viii: '8', ix: '9' };

const JAARREEKS = /^((?:19|20)\d\d)[-/]((?:19|20)?\d\d)$/;
const DATUM = /^(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)$/;

/**
 * A project code: letters and digits together (PRJ-2026-014, UWV-123, OPD/2027/42, UWV123) or
 * digits joined by separators (2026-014). Years, year ranges and dates are not codes.
 */
function isCode(token: string): boolean {
  if (!/\d/.test(token) || /^\d+$/.test(token) || JAARREEKS.test(token) || DATUM.test(token)) return false;
  if (/[a-z]/.test(token)) return /^[a-z0-9]+(?:[-_/.][a-z0-9]+)*$/.test(token);
  return /^\d+(?:[-_/.]\d+){1,3}$/.test(token);
}

export interface GenormaliseerdeTitel {
  /** Meaningful words as written (abbreviations end in ".", acronyms in "^"), numbers left out. */
  woorden: string[];
  /** Numbers in the title: years, phases ("fase 2", "fase II"). Different numbers = different opdracht. */
  getallen: string[];
  /** Codes stripped from the title ("PRJ-2026-014"), normalised like kenmerken. */
  codes: string[];
  /** The words joined, for character similarity. */
  tekst: string;
}

/**
 * Splits a title into meaning, numbers and project codes: "PRJ-2026-014: Impl. Wet X (fase II)"
 * → woorden [impl, wet, x, fase], getallen [2], codes [prj2026014].
 */
export function normaliseerTitel(titel: string): GenormaliseerdeTitel {
  const bron = titel ?? '';
  // Acronyms ("KOT", "MI") keep a mark so they can stand for a long word; in a title written
  // all in capitals every word looks like one, so none is marked there.
  const isHoofdletters = bron === bron.toUpperCase();
  let tekst = plat(isHoofdletters ? bron : bron.replace(/\b([A-Z]{2,5})\b(?![-_/.]?\d)/g, '$1^'));
  const codes: string[] = [];
  // Bracketed codes anywhere ("[UWV-123]", "(PRJ-2026-014)") and a leading code followed by a
  // separator ("PRJ-2026-014: ", "2026-014 - "). A bare number is no code: "(2027)" is a year.
  const neemCode = (geheel: string, code: string) => {
    if (!isCode(code)) return geheel.replace(/[[\]()]/g, ' ');
    codes.push(code);
    return ' ';
  };
  tekst = tekst.replace(/[[(]\s*([a-z0-9][\w\-/.]*)\s*[\])]/g, neemCode);
  tekst = tekst.replace(/^\s*([a-z0-9][\w\-/.]*)\s*[:|–—-]\s+/, neemCode);
  const woorden: string[] = [];
  const getallen: string[] = [];
  for (const ruw of tekst.split(/[\s,;:!?'"“”‘’()[\]{}|+*&]+/)) {
    const token = ruw.replace(/^[-_/.^]+|[-_/]+$/g, '').replace(/\.{2,}$/, '.');
    if (!token) continue;
    const datum = DATUM.exec(token);
    if (datum) {
      getallen.push(datum[3]!, `${datum[3]}-${datum[2]!.padStart(2, '0')}-${datum[1]!.padStart(2, '0')}`);
      continue;
    }
    const reeks = JAARREEKS.exec(token);
    if (reeks) {
      const eind = reeks[2]!.length === 2 ? reeks[1]!.slice(0, 2) + reeks[2]! : reeks[2]!;
      getallen.push(reeks[1]!, eind);
      continue;
    }
    const kaal = token.replace(/[.^]+$/, '');
    if (/^\d+$/.test(kaal)) {
      getallen.push(String(Number(kaal)));
      continue;
    }
    if (isCode(kaal)) {
      codes.push(kaal);
      continue;
    }
    // "info.beveiliging" is "info." (an abbreviation) and "beveiliging".
    for (const deel of token.split(/[-_/]+|(?<=\.)/)) {
      const woord = deel.replace(/\.+$/, '');
      if (!woord || woord === '^') continue;
      const basis = woord.replace(/\^$/, '');
      if (/^\d+$/.test(basis)) getallen.push(String(Number(basis)));
      else if (ROMEINS[basis]) getallen.push(ROMEINS[basis]);
      else if (STOPWOORDEN.has(basis)) continue;
      else if (deel.endsWith('.') && basis.length < 12) woorden.push(`${basis}.`);
      else if (woord.endsWith('^')) woorden.push(woord);
      else woorden.push(basis);
    }
  }
  return {
    woorden,
    getallen: [...new Set(getallen)].sort(),
    codes: [...new Set(codes.map((c) => normaliseerKenmerk(c)!).filter(Boolean))],
    tekst: woorden.map(kaalWoord).join(' '),
  };
}

/** A word without its abbreviation (".") or acronym ("^") mark. */
export function kaalWoord(woord: string): string {
  const laatste = woord.charCodeAt(woord.length - 1);
  return laatste === 46 || laatste === 94 ? woord.slice(0, -1) : woord;
}

/**
 * Known names of agencies and their abbreviations, so "Dienst Uitvoering Onderwijs" and "DUO"
 * are one organisation. Unknown names are compared by their own words and initials.
 */
const ORGANISATIE_ALIASSEN: Record<string, string> = {
  'uitvoeringsinstituut werknemersverzekeringen': 'uwv',
  'sociale verzekeringsbank': 'svb',
  'dienst uitvoering onderwijs': 'duo',
  'centraal justitieel incassobureau': 'cjib',
  'rijksdienst voor ondernemend nederland': 'rvo',
  'immigratie en naturalisatiedienst': 'ind',
  'immigratie- en naturalisatiedienst': 'ind',
  'centraal administratie kantoor': 'cak',
  'centraal administratiekantoor': 'cak',
  'rijksdienst voor het wegverkeer': 'rdw',
  'dienst justitiele inrichtingen': 'dji',
  'centraal orgaan opvang asielzoekers': 'coa',
  'dienst toeslagen': 'toeslagen',
  'belastingdienst toeslagen': 'toeslagen',
  'belastingdienst/toeslagen': 'toeslagen',
  'kamer van koophandel': 'kvk',
  'rijkswaterstaat': 'rws',
  'dienst wegverkeer': 'rdw',
  'nederlandse voedsel- en warenautoriteit': 'nvwa',
  'nederlandse voedsel en warenautoriteit': 'nvwa',
};

const ORGANISATIE_RUIS = new Set(['de', 'het', 'van', 'voor', 'en', 'der']);

/** One canonical name per organisation: "Dienst Uitvoering Onderwijs (DUO)" → "duo". */
export function normaliseerOrganisatie(naam: string | null | undefined): string | null {
  if (!naam) return null;
  let n = plat(String(naam)).trim();
  // "Dienst Uitvoering Onderwijs (DUO)": the abbreviation in brackets is the name.
  const afkorting = /\(([a-z0-9]{2,8})\)\s*$/.exec(n);
  if (afkorting) return afkorting[1]!;
  n = n.replace(/\s+/g, ' ');
  const alias = ORGANISATIE_ALIASSEN[n] ?? ORGANISATIE_ALIASSEN[n.replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()];
  if (alias) return alias;
  const woorden = n.split(/[^a-z0-9]+/).filter((w) => w && !ORGANISATIE_RUIS.has(w));
  if (woorden.length === 0) return null;
  return woorden.join(' ');
}

/**
 * Whether two canonical organisation names name the same organisation: equal, one the initials
 * of the other ("dienst uitvoering onderwijs" / "duo"), or one contained in the other
 * ("dg werk" / "dg werk en inkomen" is not, "szw dg werk" / "dg werk" is).
 */
export function zelfdeOrganisatie(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === 1 && wb.length > 1 && wb.map((w) => w[0]).join('') === a) return true;
  if (wb.length === 1 && wa.length > 1 && wa.map((w) => w[0]).join('') === b) return true;
  const [kort, lang] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // The shorter name as a tail of the longer: "szw dg werk" ends with "dg werk".
  return kort.length >= 2 && lang.slice(-kort.length).join(' ') === kort.join(' ');
}

/** A free-text field (beleidsterrein, soort, status) for comparison. */
export function normaliseerLabel(waarde: string | null | undefined): string | null {
  if (waarde === null || waarde === undefined) return null;
  const n = plat(String(waarde)).replace(/[^a-z0-9]+/g, ' ').trim();
  return n.length > 0 ? n : null;
}
