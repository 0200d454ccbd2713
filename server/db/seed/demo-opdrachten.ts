import type { OpdrachtStatus, VoortgangFrequentie, VoortgangStatus } from '../../../common/enums.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { formatPeriode, laatsteAfgerondePeriode, type Periode, periodeGrenzen, vorigePeriode } from '../../modules/opdrachten/perioden.js';
import type { DbOrTx } from '../client.js';
import { opdrachtJaren, opdrachtStatuswijzigingen, opdrachten, voortgangsmeldingen } from '../schema/index.js';
import { DEMO_BELEIDSTERREINEN } from './demo-beleidsterreinen.js';
import { DEMO_OPDRACHTEN, type DemoOpdracht } from './demo-opdrachten-lijst.js';
import { DEMO_DRIEHOEKEN, DEMO_ORGANISATIES } from './demo-organisaties.js';
import { DEMO_PERSONEN } from './demo-personen.js';

/** The rows the demo loader already inserted, in the order of the DEMO_ lists. */
export interface DemoBasis {
  organisaties: { id: string }[];
  driehoeken: { id: string }[];
  beleidsterreinen: { id: string }[];
  personen: { id: string; naam: string }[];
}

const DAG = 24 * 60 * 60 * 1000;
const PAD: OpdrachtStatus[] = ['concept', 'afgesproken', 'in-uitvoering', 'afgerond'];
const TEKSTEN: Record<VoortgangStatus, string[]> = {
  groen: [
    'Loopt volgens plan; de mijlpalen van deze periode zijn gehaald.',
    'Op schema. Testen afgerond, livegang zoals gepland.',
    'Volgens planning en binnen budget; geen bijzonderheden.',
  ],
  oranje: [
    'Vertraging van enkele weken door late levering van de leverancier; einddatum nog haalbaar.',
    'Capaciteit staat onder druk door ziekte en verloop; we schuiven werk door naar volgende periode.',
  ],
  rood: ['Einddatum niet haalbaar zonder extra capaciteit; voorstel volgt in het driehoeksoverleg.'],
};

function byIndex<T>(list: readonly T[], rows: { id: string }[], key: (item: T) => string): Map<string, string> {
  // The loader inserts the DEMO_ lists in order; a mismatch is a programming error.
  if (list.length !== rows.length) throw new Error('Voorbeeldgegevens: rijen en lijst lopen niet gelijk.');
  return new Map(list.map((item, i) => [key(item), rows[i]!.id]));
}

const parents = new Map(DEMO_ORGANISATIES.map((o) => [o.key, o.parent]));
/** `boven` is `org` or lies above it in the tree. */
function isBovenOfGelijk(boven: string, org: string): boolean {
  for (let k: string | undefined = org; k; k = parents.get(k)) if (k === boven) return true;
  return false;
}

function persoon(basis: DemoBasis, today: string, match: (rol: string, organisatie: string | undefined, driehoek: string | undefined) => boolean) {
  const i = DEMO_PERSONEN.findIndex((p) => p.rollen.some((r) => r.van <= today && (!r.tot || r.tot >= today) && match(r.rol, r.organisatie, r.driehoek)));
  return i >= 0 ? { id: basis.personen[i]!.id, naam: basis.personen[i]!.naam } : null;
}

/** The check-ins an opdracht in uitvoering has had: the last completed periods within its looptijd. */
function meldingPerioden(o: DemoOpdracht, frequentie: VoortgangFrequentie, today: string, start: string, eind: string) {
  const patroon = o.voortgang ?? 'bij';
  const perioden: { periode: Periode; isBevestigd: boolean }[] = [];
  let p = laatsteAfgerondePeriode(today, frequentie);
  for (let n = 0; n < 3; n++, p = vorigePeriode(p)) {
    const grenzen = periodeGrenzen(p);
    if (grenzen.eind < start || grenzen.start > eind) continue;
    if (n === 0 && patroon === 'achterstallig') continue;
    perioden.push({ periode: p, isBevestigd: !(n === 0 && patroon === 'onbevestigd') });
  }
  return perioden;
}

/**
 * Adds the demo opdrachten to the demo load: about sixty across the six driehoeken, with budget
 * and fte per year, a status history and, for those in uitvoering, voortgangsmeldingen, so that
 * "Mijn driehoek" shows unacknowledged and overdue check-ins for the demo accounts.
 */
export async function seedDemoOpdrachten(tx: DbOrTx, basis: DemoBasis, now: Date): Promise<number> {
  const today = amsterdamToday(now);
  const jaar = Number(today.slice(0, 4));
  const orgId = byIndex(DEMO_ORGANISATIES, basis.organisaties, (o) => o.key);
  const driehoekId = byIndex(DEMO_DRIEHOEKEN, basis.driehoeken, (d) => d.uitvoeringsorganisatie);
  const terreinId = byIndex(DEMO_BELEIDSTERREINEN, basis.beleidsterreinen, (b) => b.key);
  const id = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`Voorbeeldgegevens: onbekende sleutel '${key}' in een opdracht.`);
    return value;
  };
  const clamp = (ms: number) => new Date(Math.min(ms, now.getTime() - DAG));

  const opdrachtRows: (typeof opdrachten.$inferInsert)[] = [];
  const jaarRows: (typeof opdrachtJaren.$inferInsert)[] = [];
  const historie: (typeof opdrachtStatuswijzigingen.$inferInsert)[] = [];
  const meldingen: (typeof voortgangsmeldingen.$inferInsert)[] = [];

  DEMO_OPDRACHTEN.forEach((o, i) => {
    const opdrachtId = newId();
    const frequentie = o.frequentie ?? 'kwartaal';
    const startdatum = `${jaar + o.van}-01-01`;
    const einddatum = `${jaar + o.tot}-12-31`;
    const uitvoerder = persoon(basis, today, (rol, _org, d) => rol === 'opdrachtnemer' && d === o.driehoek);
    const opdrachtgever = persoon(basis, today, (rol, org, d) =>
      ['opdrachtgever', 'coordinerend-opdrachtgever', 'adviseur'].includes(rol) && d === o.driehoek && !!org && isBovenOfGelijk(org, o.opdrachtgever),
    ) ?? persoon(basis, today, (rol, _org, d) => ['opdrachtgever', 'coordinerend-opdrachtgever'].includes(rol) && d === o.driehoek);

    const start = Date.parse(`${startdatum}T09:00:00Z`);
    const stappen: { status: OpdrachtStatus; op: Date }[] = [{ status: 'concept', op: clamp(start - 120 * DAG) }];
    const doel = o.status === 'ingetrokken' ? 'afgesproken' : o.status;
    for (const status of PAD.slice(1, PAD.indexOf(doel) + 1)) {
      const op = { afgesproken: start - 30 * DAG, 'in-uitvoering': start, afgerond: Date.parse(`${einddatum}T15:00:00Z`) }[status as 'afgesproken'];
      stappen.push({ status, op: clamp(Math.max(op, stappen.at(-1)!.op.getTime() + DAG)) });
    }
    if (o.status === 'ingetrokken') stappen.push({ status: 'ingetrokken', op: clamp(stappen.at(-1)!.op.getTime() + 45 * DAG) });
    stappen.forEach((stap, n) => {
      const door = stap.status === 'in-uitvoering' ? uitvoerder : opdrachtgever;
      historie.push({
        id: newId(),
        opdrachtId,
        van: n === 0 ? null : stappen[n - 1]!.status,
        naar: stap.status,
        doorPersoonId: door?.id ?? null,
        doorOmschrijving: door?.naam ?? 'Voorbeeldgegevens',
        toelichting: n === 0 ? 'Opdracht geregistreerd' : stap.status === 'ingetrokken' ? 'Ingetrokken na heroverweging van de prioriteiten.' : null,
        tijdstip: stap.op,
      });
    });

    opdrachtRows.push({
      id: opdrachtId,
      titel: o.titel,
      omschrijving: `Voorbeeldgegevens (fictief): ${o.titel.toLowerCase()}.`,
      opdrachtgeverId: id(orgId, o.opdrachtgever),
      opdrachtgeverPersoonId: opdrachtgever?.id ?? null,
      uitvoeringsorganisatieId: id(orgId, o.driehoek),
      driehoekId: id(driehoekId, o.driehoek),
      beleidsterreinId: o.terrein ? id(terreinId, o.terrein) : null,
      soort: o.soort,
      wettelijkeGrondslag: o.terrein ? (DEMO_BELEIDSTERREINEN.find((b) => b.key === o.terrein)?.grondslagen[0] ?? null) : null,
      startdatum,
      einddatum,
      status: o.status,
      kenmerkOpdrachtgever: o.kenmerk ?? null,
      kenmerkUitvoerder: o.kenmerkUitvoerder ?? null,
      labels: o.labels ?? [],
      voortgangFrequentie: frequentie,
      createdAt: stappen[0]!.op,
      updatedAt: stappen.at(-1)!.op,
    });
    for (let j = o.van; j <= o.tot; j++) {
      // A little growth per year, rounded to whole thousands of euros, so totals look like real budgets.
      const factor = 1 + 0.03 * (j - o.van);
      jaarRows.push({ opdrachtId, jaar: jaar + j, budgetCent: Math.round(o.miljoen * factor * 1000) * 100_000, fte: (Math.round(o.fte * factor * 10) / 10).toFixed(1) });
    }
    if (o.status !== 'in-uitvoering') return;
    meldingPerioden(o, frequentie, today, startdatum, einddatum).forEach(({ periode, isBevestigd }, n) => {
      const status: VoortgangStatus = (i + n) % 7 === 3 ? 'rood' : (i + n) % 3 === 1 ? 'oranje' : 'groen';
      const gemeldOp = clamp(Date.parse(`${periodeGrenzen(periode).eind}T10:00:00Z`) + 6 * DAG);
      meldingen.push({
        id: newId(),
        opdrachtId,
        periode: formatPeriode(periode),
        status,
        tekst: TEKSTEN[status][(i + n) % TEKSTEN[status].length]!,
        gemeldDoor: uitvoerder?.id ?? null,
        gemeldDoorNaam: uitvoerder?.naam ?? 'Uitvoeringsorganisatie',
        gemeldOp,
        bevestigdDoor: isBevestigd ? (opdrachtgever?.id ?? null) : null,
        bevestigdDoorNaam: isBevestigd ? (opdrachtgever?.naam ?? 'Opdrachtgever') : null,
        bevestigdOp: isBevestigd ? clamp(gemeldOp.getTime() + 8 * DAG) : null,
        reactie: isBevestigd && status !== 'groen' ? 'Gezien; we bespreken dit in het volgende driehoeksoverleg.' : null,
        createdAt: gemeldOp,
        updatedAt: gemeldOp,
      });
    });
  });

  await tx.insert(opdrachten).values(opdrachtRows);
  await tx.insert(opdrachtJaren).values(jaarRows);
  await tx.insert(opdrachtStatuswijzigingen).values(historie);
  if (meldingen.length) await tx.insert(voortgangsmeldingen).values(meldingen);
  return opdrachtRows.length;
}
