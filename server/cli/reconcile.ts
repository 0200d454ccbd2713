import { readFile, writeFile } from 'node:fs/promises';
import { BestandFout, type Kolommapping } from '../lib/spreadsheets/index.js';
import { type AansluitBestand, leesAansluitBestand } from '../modules/aansluitingen/bestand.js';
import { type AansluitResultaat, sluitAan } from '../modules/aansluitingen/engine/index.js';
import { type CliIo, type Command, parseCommandArgs } from './commands.js';
import { requireOptions } from './subcommands.js';

/** A problem with an input file: exit code 1, with a Dutch message. */
class InvoerFout extends Error {}

const NAAM = 'reconcile';

/**
 * `driehoek reconcile`: the aansluiting of two lists on files alone — no server, no database.
 * The same engine as POST /api/v1/aansluitingen.
 */
export const reconcileCommand: Command = {
  name: NAAM,
  summary: 'Maakt de aansluiting tussen twee lijsten opdrachten (xlsx of CSV)',
  usage: [
    'Gebruik: driehoek reconcile --links A.xlsx --rechts B.xlsx --uit resultaat.json',
    '                            [--kolommen-links kolommen.json] [--kolommen-rechts kolommen.json]',
    '',
    'Vergelijkt twee lijsten opdrachten en schrijft welke rijen bij elkaar horen (met score, reden',
    'en verschillen), welke alleen links en alleen rechts staan, en de volledigheid',
    '(2 × gekoppeld ÷ alle rijen). Werkt zonder server en zonder database.',
    '',
    '  --links, --rechts     de twee lijsten: .xlsx (eerste werkblad) of .csv; de kopregel is de',
    '                        eerste niet-lege rij, rijen heten naar hun rijnummer in het bestand',
    '  --uit                 waar het resultaat (JSON) heen gaat; - is de standaarduitvoer',
    '  --kolommen-links,     JSON met veld → kolomkop, voor kolommen die niet vanzelf herkend worden:',
    '  --kolommen-rechts     {"titel": "Omschrijving opdracht", "budget": "Bedrag", "kenmerk": "Zaaknummer"}',
    '                        velden: kenmerk, titel, omschrijving, opdrachtgever, uitvoeringsorganisatie,',
    '                        beleidsterrein, soort, status, startdatum, einddatum, budget, fte, jaar',
    '                        (budget.2027 voor een jaarkolom); kenmerk is wat beide lijsten delen',
    '',
    'Bedragen in het resultaat zijn in euro, zoals in de bestanden.',
  ].join('\n'),
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, {
      links: { type: 'string' },
      rechts: { type: 'string' },
      uit: { type: 'string' },
      'kolommen-links': { type: 'string' },
      'kolommen-rechts': { type: 'string' },
    }, ctx.io);
    if (!parsed) return 0;
    const v = parsed.values;
    requireOptions(NAAM, v, ['links', 'rechts', 'uit']);
    try {
      const links = await leesLijst(v.links!, v['kolommen-links'], 'links', ctx.io);
      const rechts = await leesLijst(v.rechts!, v['kolommen-rechts'], 'rechts', ctx.io);
      const resultaat = sluitAan(links.rijen, rechts.rijen);
      const json = `${JSON.stringify(inEuro(resultaat), null, 2)}\n`;
      const melding = samenvatting(resultaat, links, rechts);
      if (v.uit === '-') {
        ctx.io.out(json.trimEnd());
        ctx.io.err(melding);
      } else {
        await schrijf(v.uit!, json);
        ctx.io.out(`${melding}\nResultaat geschreven naar ${v.uit}.`);
      }
      return 0;
    } catch (error) {
      if (error instanceof InvoerFout) {
        ctx.io.err(`Fout: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};

async function leesLijst(pad: string, kolommenPad: string | undefined, kant: string, io: CliIo): Promise<AansluitBestand> {
  const mapping = kolommenPad ? await leesMapping(kolommenPad, kant) : undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(pad);
  } catch (error) {
    throw new InvoerFout(`kan ${pad} (--${kant}) niet lezen: ${bestandsreden(error)}.`);
  }
  let bestand: AansluitBestand;
  try {
    bestand = await leesAansluitBestand(bytes, { filename: pad, ...(mapping ? { mapping } : {}) });
  } catch (error) {
    if (error instanceof BestandFout) throw new InvoerFout(`${pad} (--${kant}) is geen leesbare lijst: ${error.message}`);
    throw error;
  }
  if (bestand.kolomProblemen.length) {
    throw new InvoerFout(`de kolommen van ${pad} (--${kant}) kloppen niet:\n${bestand.kolomProblemen.map((p) => `  - ${p.melding}`).join('\n')}`);
  }
  if (bestand.waardeProblemen.length) {
    const eerste = bestand.waardeProblemen.slice(0, 5).map((p) => `  - ${p.melding}`).join('\n');
    const meer = bestand.waardeProblemen.length > 5 ? `\n  … en nog ${bestand.waardeProblemen.length - 5}` : '';
    io.err(`Let op: ${bestand.waardeProblemen.length} waarde(n) in ${pad} niet gelezen; die rijen worden zonder die waarde vergeleken:\n${eerste}${meer}`);
  }
  return bestand;
}

async function leesMapping(pad: string, kant: string): Promise<Kolommapping> {
  let tekst: string;
  try {
    tekst = await readFile(pad, 'utf8');
  } catch (error) {
    throw new InvoerFout(`kan ${pad} (--kolommen-${kant}) niet lezen: ${bestandsreden(error)}.`);
  }
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst);
  } catch {
    throw new InvoerFout(`${pad} (--kolommen-${kant}) is geen geldige JSON.`);
  }
  const isMapping = typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)
    && Object.values(waarde).every((kop) => typeof kop === 'string' || kop === null);
  if (!isMapping) {
    throw new InvoerFout(`${pad} (--kolommen-${kant}) moet een object zijn van veld naar kolomkop, bijvoorbeeld {"titel": "Omschrijving opdracht"}.`);
  }
  return waarde as Kolommapping;
}

async function schrijf(pad: string, inhoud: string): Promise<void> {
  try {
    await writeFile(pad, inhoud);
  } catch (error) {
    throw new InvoerFout(`kan het resultaat niet schrijven naar ${pad}: ${bestandsreden(error)}.`);
  }
}

function bestandsreden(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'het bestand of de map bestaat niet';
  if (code === 'EACCES' || code === 'EPERM') return 'geen toegang';
  if (code === 'EISDIR') return 'dat is een map';
  return error instanceof Error ? error.message : String(error);
}

/** The result as the issue writes it: amounts in euros, as in the files (the engine counts cents). */
export function inEuro(resultaat: AansluitResultaat) {
  return {
    gekoppeld: resultaat.gekoppeld.map(({ links, rechts, score, reden, verschillen }) => ({
      links,
      rechts,
      score,
      reden,
      verschillen: verschillen.map((v) => ({
        veld: v.veld,
        links: isBedrag(v.veld) && typeof v.links === 'number' ? v.links / 100 : v.links,
        rechts: isBedrag(v.veld) && typeof v.rechts === 'number' ? v.rechts / 100 : v.rechts,
      })),
    })),
    alleenLinks: resultaat.alleenLinks,
    alleenRechts: resultaat.alleenRechts,
    volledigheid: resultaat.volledigheid,
  };
}

function isBedrag(veld: string): boolean {
  return veld === 'budget' || veld.startsWith('budget.');
}

function samenvatting(r: AansluitResultaat, links: AansluitBestand, rechts: AansluitBestand): string {
  const volledigheid = r.volledigheid.toLocaleString('nl-NL', { maximumFractionDigits: 3 });
  return [
    `Links ${links.rijen.length} rijen, rechts ${rechts.rijen.length} rijen.`,
    `Gekoppeld: ${r.gekoppeld.length}; alleen links: ${r.alleenLinks.length}; alleen rechts: ${r.alleenRechts.length}; volledigheid ${volledigheid}.`,
  ].join('\n');
}
