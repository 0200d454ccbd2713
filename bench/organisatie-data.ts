import type { Prng } from './prng.js';

/** Rows as the tables store them (snake_case columns), ready for json_populate_recordset. */
export interface OrganisatieRij {
  id: string;
  naam: string;
  afkorting: string | null;
  soort: string;
  parent_id: string | null;
  actief_van: string | null;
  actief_tot: string | null;
}

export interface DriehoekRij {
  id: string;
  uitvoeringsorganisatie_id: string;
  eigenaar_id: string;
  omschrijving: string | null;
}

export interface OpdrachtgeverRij {
  driehoek_id: string;
  organisatie_id: string;
  is_coordinerend: boolean;
}

export interface Boom {
  organisaties: OrganisatieRij[];
  ministeries: OrganisatieRij[];
  /** DGs and directies: the organisations that commission work and own beleidsterreinen. */
  beleidsorganisaties: OrganisatieRij[];
  agentschappen: OrganisatieRij[];
  /** Per organisation id, the ids of the organisations directly or indirectly below it. */
  onder: Map<string, string[]>;
  driehoeken: DriehoekRij[];
  opdrachtgevers: OpdrachtgeverRij[];
}

const THEMAS = [
  'Sociale Zaken', 'Volksgezondheid', 'Onderwijs', 'Infrastructuur', 'Financiën', 'Justitie',
  'Binnenlandse Zaken', 'Economische Zaken', 'Landbouw', 'Defensie', 'Klimaat', 'Buitenlandse Zaken',
  'Wonen', 'Asiel', 'Cultuur', 'Digitale Zaken',
];
const DG_THEMAS = ['Werk', 'Zorg', 'Inkomen', 'Wetgeving', 'Water', 'Mobiliteit', 'Belastingen', 'Veiligheid', 'Jeugd', 'Energie', 'Natuur', 'Bestuur', 'Participatie', 'Curatieve Zorg', 'Langdurige Zorg'];
const DIRECTIE_THEMAS = ['Arbeidsmarkt', 'Toezicht', 'Beleid', 'Financiering', 'Uitvoering', 'Strategie', 'Innovatie', 'Kwaliteit', 'Informatie', 'Juridische Zaken', 'Internationale Zaken', 'Markt', 'Preventie', 'Gegevens', 'Communicatie'];
const AGENTSCHAP_SOORTEN = ['Dienst', 'Agentschap', 'Inspectie', 'Bureau', 'Centrum', 'Autoriteit', 'Uitvoeringsinstituut'];
const ONDERDEEL_SOORTEN = ['Afdeling', 'Regio', 'Cluster', 'Team', 'Districtskantoor', 'Klantcontactcentrum'];
const REGIOS = ['Noord', 'Oost', 'Zuid', 'West', 'Midden', 'Randstad', 'Groningen', 'Zwolle', 'Utrecht', 'Eindhoven', 'Rotterdam', 'Den Haag', 'Amsterdam', 'Arnhem', 'Maastricht'];

function initialen(naam: string): string {
  return naam.split(/\s+/).filter((w) => /^[A-ZÀ-Ý]/.test(w)).map((w) => w[0]).join('').slice(0, 6);
}

/**
 * The organisation tree of a fictional central government with `aantal` organisations: about
 * 40 % ministries with their bestuursstaf, DGs and directies; the rest agencies with (nested)
 * onderdelen. Every agency gets its driehoek, owned by a bestuursstaf and commissioned by DGs.
 */
export function bouwBoom(rng: Prng, aantal: number): Boom {
  const organisaties: OrganisatieRij[] = [];
  const ministeries: OrganisatieRij[] = [];
  const staven = new Map<string, OrganisatieRij>();
  const dgsVan = new Map<string, OrganisatieRij[]>();
  const beleidsorganisaties: OrganisatieRij[] = [];
  const agentschappen: OrganisatieRij[] = [];
  const parentVan = new Map<string, string | null>();

  const add = (naam: string, soort: string, parent: OrganisatieRij | null, afkorting: string | null = initialen(naam)) => {
    const isOpgeheven = soort !== 'ministerie' && rng.chance(0.03);
    const rij: OrganisatieRij = {
      id: rng.uuidv7(),
      naam,
      afkorting,
      soort,
      parent_id: parent?.id ?? null,
      actief_van: rng.chance(0.5) ? `20${rng.int(10, 23)}-01-01` : null,
      actief_tot: isOpgeheven ? '2024-06-30' : null,
    };
    if (rij.actief_van && rij.actief_tot && rij.actief_van > rij.actief_tot) rij.actief_van = null;
    organisaties.push(rij);
    parentVan.set(rij.id, rij.parent_id);
    return rij;
  };

  const beleidsBudget = Math.round(aantal * 0.4);
  for (let m = 0; organisaties.length < beleidsBudget; m++) {
    const thema = THEMAS[m % THEMAS.length]! + (m >= THEMAS.length ? ` ${Math.floor(m / THEMAS.length) + 1}` : '');
    const ministerie = add(`Ministerie van ${thema}`, 'ministerie', null);
    ministeries.push(ministerie);
    const staf = add(`Bestuursstaf ${thema}`, 'bestuursstaf', ministerie);
    staven.set(ministerie.id, staf);
    for (let i = rng.int(1, 2); i > 0; i--) add(`Directie ${rng.pick(DIRECTIE_THEMAS)} (${initialen(thema)})`, 'directie', staf);
    const dgs: OrganisatieRij[] = [];
    for (let d = rng.int(3, 6); d > 0 && organisaties.length < beleidsBudget; d--) {
      const dg = add(`DG ${rng.pick(DG_THEMAS)} ${initialen(thema)}-${d}`, 'directoraat-generaal', ministerie);
      dgs.push(dg);
      beleidsorganisaties.push(dg);
      for (let i = rng.int(4, 9); i > 0 && organisaties.length < beleidsBudget; i--) {
        beleidsorganisaties.push(add(`Directie ${rng.pick(DIRECTIE_THEMAS)} ${rng.pick(DG_THEMAS)}`, 'directie', dg));
      }
    }
    dgsVan.set(ministerie.id, dgs);
  }

  const aantalAgentschappen = Math.max(3, Math.round(aantal / 35));
  for (let a = 0; a < aantalAgentschappen; a++) {
    const ministerie = rng.chance(0.7) ? rng.pick(ministeries) : null;
    const naam = `${rng.pick(AGENTSCHAP_SOORTEN)} ${rng.pick(DG_THEMAS)} ${rng.pick(DIRECTIE_THEMAS)} ${a + 1}`;
    agentschappen.push(add(naam, 'uitvoeringsorganisatie', ministerie));
  }
  const onderdelen: OrganisatieRij[] = [];
  while (organisaties.length < aantal) {
    const parent = onderdelen.length > 0 && rng.chance(0.25) ? rng.pick(onderdelen) : rng.pick(agentschappen);
    onderdelen.push(add(`${rng.pick(ONDERDEEL_SOORTEN)} ${rng.pick(DIRECTIE_THEMAS)} ${rng.pick(REGIOS)} ${onderdelen.length + 1}`, 'onderdeel', parent, null));
  }

  const onder = new Map<string, string[]>();
  for (const o of organisaties) {
    for (let p = parentVan.get(o.id) ?? null; p !== null; p = parentVan.get(p) ?? null) {
      const list = onder.get(p) ?? [];
      list.push(o.id);
      onder.set(p, list);
    }
  }

  const driehoeken: DriehoekRij[] = [];
  const opdrachtgevers: OpdrachtgeverRij[] = [];
  for (const agentschap of agentschappen) {
    const eigenMinisterie = ministeries.find((m) => m.id === agentschap.parent_id) ?? rng.pick(ministeries);
    const d: DriehoekRij = {
      id: rng.uuidv7(),
      uitvoeringsorganisatie_id: agentschap.id,
      eigenaar_id: staven.get(eigenMinisterie.id)!.id,
      omschrijving: rng.chance(0.5) ? `Sturingsdriehoek van ${agentschap.naam}` : null,
    };
    driehoeken.push(d);
    const eigenDgs = dgsVan.get(eigenMinisterie.id) ?? [];
    const andereDgs = rng.sample(dgsVan.get(rng.pick(ministeries).id) ?? [], rng.int(0, 2));
    let gekozen = [...rng.sample(eigenDgs, 1), ...andereDgs].filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
    if (gekozen.length === 0) gekozen = [rng.pick(beleidsorganisaties.filter((o) => o.soort === 'directoraat-generaal'))];
    gekozen.forEach((g, i) => opdrachtgevers.push({ driehoek_id: d.id, organisatie_id: g.id, is_coordinerend: i === 0 }));
  }
  return { organisaties, ministeries, beleidsorganisaties, agentschappen, onder, driehoeken, opdrachtgevers };
}
