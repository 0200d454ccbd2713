import type { Boom } from './organisatie-data.js';
import type { Prng } from './prng.js';

export interface PersoonRij {
  id: string;
  naam: string;
  email: string;
  wachtwoord_hash: string | null;
  is_actief: boolean;
}

export interface RolRij {
  id: string;
  persoon_id: string;
  rol: string;
  organisatie_id: string | null;
  driehoek_id: string | null;
  geldig_van: string;
  geldig_tot: string | null;
}

export interface BeleidsterreinRij {
  id: string;
  naam: string;
  omschrijving: string | null;
  beleidsverantwoordelijke_id: string | null;
  parent_id: string | null;
  wettelijke_grondslagen: string[];
}

export interface UitvoerderRij {
  beleidsterrein_id: string;
  organisatie_id: string;
}

/** The two accounts the benchmark logs in with; every other person has no password. */
export const BENCH_WACHTWOORD = 'bench-wachtwoord-driehoek';
export const BENCH_BEHEERDER = 'beheerder@bench.driehoek.example';
export const BENCH_GEBRUIKER = 'gebruiker@bench.driehoek.example';

const VOORNAMEN = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Ibrahim', 'Joost', 'Karin', 'Lars', 'Mila', 'Noah', 'Olga', 'Pieter', 'Sanne', 'Tariq', 'Ursula', 'Vera', 'Willem', 'Yara', 'Zeynep'];
const ACHTERNAMEN = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz', 'El Amrani', 'Kramer', 'van Dijk'];
const BELEIDSWOORDEN = ['Arbeidsongeschiktheid', 'Kinderopvang', 'Toeslagen', 'Bijstand', 'Pensioenen', 'Inburgering', 'Studiefinanciering', 'Huurtoeslag', 'Wegbeheer', 'Waterkwaliteit', 'Rijbewijzen', 'Kentekens', 'Zorgverzekering', 'Jeugdzorg', 'Mestbeleid', 'Subsidies', 'Douane', 'Erfbelasting', 'Naturalisatie', 'Basisregistraties'];
const ASPECTEN = ['uitvoering', 'handhaving', 'toezicht', 'financiering', 'gegevensuitwisseling', 'bezwaar en beroep', 'dienstverlening', 'fraudebestrijding'];
const WETTEN = ['Participatiewet', 'Wet WIA', 'Algemene wet inkomensafhankelijke regelingen', 'Wet kinderopvang', 'Wegenverkeerswet 1994', 'Waterwet', 'Zorgverzekeringswet', 'Jeugdwet', 'Algemene wet bestuursrecht', 'Wet studiefinanciering 2000'];

/** Person rows with one or two roles each, in corners of real driehoeken of the tree. */
export function bouwPersonen(rng: Prng, boom: Boom, aantal: number, wachtwoordHash: string) {
  const personen: PersoonRij[] = [];
  const rollen: RolRij[] = [];
  const onderOf = (id: string) => (rng.chance(0.4) ? rng.pick([id, ...(boom.onder.get(id) ?? [])]) : id);
  const gevers = new Map<string, { organisatie_id: string; is_coordinerend: boolean }[]>();
  for (const g of boom.opdrachtgevers) gevers.set(g.driehoek_id, [...(gevers.get(g.driehoek_id) ?? []), g]);

  const addRol = (persoonId: string, rol: string, organisatieId: string | null, driehoekId: string | null, isBeeindigd = false) =>
    rollen.push({
      id: rng.uuidv7(),
      persoon_id: persoonId,
      rol,
      organisatie_id: organisatieId,
      driehoek_id: driehoekId,
      geldig_van: `20${rng.int(18, 23)}-0${rng.int(1, 9)}-01`,
      geldig_tot: isBeeindigd ? '2024-12-31' : null,
    });

  const addRolInDriehoek = (persoonId: string) => {
    const d = rng.pick(boom.driehoeken);
    const hoekGevers = gevers.get(d.id) ?? [];
    const roll = rng.next();
    const isBeeindigd = rng.chance(0.1);
    if (roll < 0.4) {
      const g = rng.pick(hoekGevers);
      addRol(persoonId, g.is_coordinerend && rng.chance(0.3) ? 'coordinerend-opdrachtgever' : 'opdrachtgever', onderOf(g.organisatie_id), d.id, isBeeindigd);
    } else if (roll < 0.75) {
      addRol(persoonId, 'opdrachtnemer', onderOf(d.uitvoeringsorganisatie_id), d.id, isBeeindigd);
    } else if (roll < 0.85) {
      addRol(persoonId, 'eigenaar', d.eigenaar_id, d.id, isBeeindigd);
    } else if (roll < 0.92) {
      addRol(persoonId, 'adviseur', onderOf(rng.pick(hoekGevers).organisatie_id), d.id, isBeeindigd);
    } else if (roll < 0.95) {
      addRol(persoonId, 'procescoordinator', d.eigenaar_id, d.id, isBeeindigd);
    } else {
      addRol(persoonId, 'lezer', rng.pick(boom.ministeries).id, null, isBeeindigd);
    }
  };

  const addPersoon = (naam: string, email: string, hash: string | null) => {
    const p: PersoonRij = { id: rng.uuidv7(), naam, email, wachtwoord_hash: hash, is_actief: rng.chance(0.97) };
    personen.push(p);
    return p;
  };

  const beheerder = addPersoon('Bench Beheerder', BENCH_BEHEERDER, wachtwoordHash);
  beheerder.is_actief = true;
  addRol(beheerder.id, 'beheerder', null, null);
  const gebruiker = addPersoon('Bench Gebruiker', BENCH_GEBRUIKER, wachtwoordHash);
  gebruiker.is_actief = true;
  const eersteDriehoek = boom.driehoeken[0]!;
  const coordinerend = (gevers.get(eersteDriehoek.id) ?? []).find((g) => g.is_coordinerend)!;
  addRol(gebruiker.id, 'opdrachtgever', coordinerend.organisatie_id, eersteDriehoek.id);

  for (let i = personen.length; i < aantal; i++) {
    const voornaam = rng.pick(VOORNAMEN);
    const achternaam = rng.pick(ACHTERNAMEN);
    const p = addPersoon(`${voornaam} ${achternaam}`, `${voornaam}.${achternaam.replace(/\s+/g, '')}.${i}@bench.driehoek.example`.toLowerCase(), null);
    if (rng.chance(0.02)) continue; // a contact without roles
    addRolInDriehoek(p.id);
    if (rng.chance(0.2)) addRolInDriehoek(p.id);
  }
  return { personen, rollen };
}

/**
 * Policy areas in a forest (parents come first, so inserts respect the foreign key), owned by a
 * DG or directie; about 5 % orphaned (wees). Each is executed by zero to three agencies.
 */
export function bouwBeleidsterreinen(rng: Prng, boom: Boom, aantal: number) {
  const beleidsterreinen: BeleidsterreinRij[] = [];
  const uitvoerders: UitvoerderRij[] = [];
  for (let i = 0; i < aantal; i++) {
    const parent = i > 10 && rng.chance(0.6) ? rng.pick(beleidsterreinen) : null;
    const naam = `${rng.pick(BELEIDSWOORDEN)}: ${rng.pick(ASPECTEN)} ${i + 1}`;
    const b: BeleidsterreinRij = {
      id: rng.uuidv7(),
      naam,
      omschrijving: rng.chance(0.6) ? `Beleid over ${naam.toLowerCase()}.` : null,
      beleidsverantwoordelijke_id: rng.chance(0.05) ? null : rng.pick(boom.beleidsorganisaties).id,
      parent_id: parent?.id ?? null,
      wettelijke_grondslagen: rng.sample(WETTEN, rng.int(0, 2)),
    };
    beleidsterreinen.push(b);
    for (const a of rng.sample(boom.agentschappen, rng.int(0, 3))) uitvoerders.push({ beleidsterrein_id: b.id, organisatie_id: a.id });
  }
  return { beleidsterreinen, uitvoerders };
}
