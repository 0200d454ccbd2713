import type { Prng } from '../prng.js';
import { DOELGROEPEN, JAREN, REGIOS, STATUSSEN, THEMAS, type Uitvoerder, UITVOERDERS } from './woorden.js';

/** One true opdracht, before either list writes it down in its own way. */
export interface Opdracht {
  nummer: number;
  titel: string;
  omschrijving: string;
  uitvoerder: Uitvoerder;
  opdrachtgever: string;
  beleidsterrein: string;
  soort: string;
  status: string;
  vanJaar: number;
  totJaar: number;
  startdatum: string;
  einddatum: string;
  /** Cents per year. */
  budgetPerJaar: Record<number, number>;
  fte: number;
  kenmerkOpdrachtgever: string;
  kenmerkUitvoerder: string;
}

/** Laws several agencies implement at once: the same title for two agencies must not pair across them. */
const GEDEELDE_WETTEN = [
  'Wet vereenvoudiging beslagvrije voet', 'Wet modernisering elektronisch bestuurlijk verkeer', 'Wet open overheid',
  'Wet digitale overheid', 'Wet gegevensverwerking door samenwerkingsverbanden', 'Wet versterking regie volkshuisvesting',
  'Wet verhoging minimumloon', 'Wet toekomst pensioenen', 'Wet inburgering 2021', 'Participatiewet in balans',
];

interface Concept {
  titel: string;
  soort: string;
  uitvoerder: Uitvoerder;
  jaar?: number;
  omschrijving: string;
}

/**
 * Families of opdrachten, as real portfolios have them: an indexation every year, phases of one
 * renewal, the same law or theme for several agencies, a pilot in several regions. Each family
 * yields near-twins that differ in one year, number, region or agency.
 */
function familie(rng: Prng): Concept[] {
  const u = rng.pick(UITVOERDERS);
  const soort = rng.next();
  if (soort < 0.15) {
    const regeling = rng.pick(u.regelingen);
    const start = rng.int(0, JAREN.length - 4);
    return JAREN.slice(start, start + rng.int(2, 5)).map((jaar) => ({
      titel: `Indexatie ${regeling} ${jaar}`, soort: 'staande-taak', uitvoerder: u, jaar,
      omschrijving: `Jaarlijkse aanpassing van de bedragen van de ${regeling} aan de loon- en prijsontwikkeling per 1 januari ${jaar}.`,
    }));
  }
  if (soort < 0.23) {
    const regeling = rng.pick(u.regelingen);
    const start = rng.int(0, JAREN.length - 3);
    return JAREN.slice(start, start + rng.int(2, 3)).map((jaar) => ({
      titel: `Wijziging ${regeling} per 1 januari ${jaar}`, soort: 'wijziging', uitvoerder: u, jaar,
      omschrijving: `Aanpassing van systemen en brieven voor de wijziging van de ${regeling} die op 1 januari ${jaar} ingaat.`,
    }));
  }
  if (soort < 0.36) {
    const gedeeld = rng.chance(0.4);
    const wet = gedeeld ? rng.pick(GEDEELDE_WETTEN) : rng.pick(u.wetten);
    const uitvoerders = gedeeld ? rng.sample(UITVOERDERS, rng.int(2, 4)) : [u];
    const acties = rng.sample(['Implementatie', 'Uitvoeringstoets', 'Evaluatie', 'Voorbereiding invoering'], rng.int(1, 3));
    return uitvoerders.flatMap((uv) => acties.map((actie) => ({
      titel: `${actie} ${wet}`, soort: actie === 'Implementatie' ? 'wetgeving' : 'project', uitvoerder: uv,
      omschrijving: `${actie} van de ${wet} bij ${uv.afkorting}: processen, systemen, communicatie en opleiding.`,
    })));
  }
  if (soort < 0.52) {
    const systeem = rng.pick(u.systemen);
    if (rng.chance(0.4)) {
      return Array.from({ length: rng.int(2, 3) }, (_, i) => ({
        titel: `Vernieuwing ${systeem} fase ${i + 1}`, soort: 'project', uitvoerder: u,
        omschrijving: `Fase ${i + 1} van de vervanging van het verouderde ${systeem} door een modulair platform.`,
      }));
    }
    return rng.sample(['Beheer', 'Migratie', 'Versterking beveiliging', 'Koppeling BRP met', 'Toegankelijkheid'], rng.int(1, 3)).map((actie) => ({
      titel: `${actie} ${systeem}`, soort: actie === 'Beheer' ? 'staande-taak' : 'project', uitvoerder: u,
      omschrijving: `${actie} van ${systeem} van ${u.afkorting}, inclusief testen en overdracht naar beheer.`,
    }));
  }
  if (soort < 0.72) {
    const thema = rng.pick(THEMAS);
    const actie = rng.pick(['Verbetering', 'Versterking', 'Onderzoek', 'Programma']);
    const doelgroep = rng.chance(0.4) ? ` voor ${rng.pick(DOELGROEPEN)}` : '';
    return rng.sample(UITVOERDERS, rng.int(1, 3)).map((uv) => ({
      titel: `${actie} ${thema}${doelgroep}`, soort: actie === 'Onderzoek' ? 'overig' : 'project', uitvoerder: uv,
      omschrijving: `${actie} ${thema} bij ${uv.afkorting}${doelgroep}, met meetbare doelen per kwartaal.`,
    }));
  }
  if (soort < 0.82) {
    const thema = rng.pick(THEMAS);
    return rng.sample(REGIOS, rng.int(2, 4)).map((regio) => ({
      titel: `Pilot ${thema} regio ${regio}`, soort: 'project', uitvoerder: u,
      omschrijving: `Proef met ${thema} in de regio ${regio}, met evaluatie na een jaar.`,
    }));
  }
  const regeling = rng.pick(u.regelingen);
  return rng.sample(DOELGROEPEN, rng.int(1, 3)).map((doelgroep) => ({
    titel: `${rng.pick(['Verbetering dienstverlening', 'Vereenvoudiging aanvraag', 'Onderzoek niet-gebruik'])} ${regeling} ${doelgroep}`,
    soort: 'project', uitvoerder: u,
    omschrijving: `Gericht op ${doelgroep} die een beroep doen op de ${regeling}.`,
  }));
}

/** `aantal` distinct opdrachten (no two with the same title at the same agency). */
export function genereerOpdrachten(rng: Prng, aantal: number): Opdracht[] {
  const uit: Opdracht[] = [];
  const gezien = new Set<string>();
  let pogingen = 0;
  while (uit.length < aantal && pogingen++ < aantal * 50) {
    for (const c of familie(rng)) {
      const sleutel = `${c.titel}|${c.uitvoerder.afkorting}`;
      if (gezien.has(sleutel) || uit.length >= aantal) continue;
      gezien.add(sleutel);
      uit.push(maakOpdracht(rng, c, uit.length + 1));
    }
  }
  return uit;
}

function maakOpdracht(rng: Prng, c: Concept, nummer: number): Opdracht {
  const vanJaar = c.jaar ?? rng.pick(JAREN.slice(0, -1));
  const totJaar = c.jaar ?? Math.min(JAREN[JAREN.length - 1]!, vanJaar + rng.int(0, 3));
  const basis = Math.round(Math.exp(rng.next() * 6 + 11)) * 100; // €60k – €24 mln a year
  const budgetPerJaar: Record<number, number> = {};
  for (let j = vanJaar; j <= totJaar; j++) budgetPerJaar[j] = Math.round(basis * (0.7 + rng.next() * 0.6) / 100) * 100;
  return {
    nummer,
    titel: c.titel,
    omschrijving: c.omschrijving,
    uitvoerder: c.uitvoerder,
    opdrachtgever: rng.pick(c.uitvoerder.opdrachtgevers),
    beleidsterrein: rng.pick(c.uitvoerder.beleidsterreinen),
    soort: c.soort,
    status: rng.pick(STATUSSEN),
    vanJaar,
    totJaar,
    startdatum: `${vanJaar}-${String(rng.pick([1, 1, 1, 4, 7, 9])).padStart(2, '0')}-01`,
    einddatum: `${totJaar}-12-31`,
    budgetPerJaar,
    fte: Math.round(rng.next() * 300) / 10,
    kenmerkOpdrachtgever: `OPD-${vanJaar}-${String(nummer).padStart(5, '0')}`,
    kenmerkUitvoerder: `${c.uitvoerder.afkorting.slice(0, 3).toUpperCase()}-${(nummer * 7919) % 1_000_000}`,
  };
}
