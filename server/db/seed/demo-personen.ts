import type { RolSoort } from '../../../common/enums.js';

/**
 * Fictional people of the demo data. Every name is made up. Demo accounts (`isAccount`) get the
 * shared demo password; the others are contacts without one. A rol in a driehoek sits at an
 * organisation of the matching corner or below it (DOMAIN.md). Roles with `tot` are history.
 */
export interface DemoRol {
  rol: RolSoort;
  /** Organisation key from demo-organisaties.ts; absent only for beheerder. */
  organisatie?: string;
  /** The driehoek, by the key of its uitvoeringsorganisatie; absent for beheerder and lezer. */
  driehoek?: string;
  van: string;
  tot?: string;
}

export interface DemoPersoon {
  naam: string;
  email: string;
  isAccount?: boolean;
  rollen: DemoRol[];
}

// The demo accounts share the UWV driehoek, so a tester sees one coherent triangle from every corner.
const accounts: DemoPersoon[] = [
  { naam: 'Bea Hendriks', email: 'beheerder@driehoek.example', isAccount: true, rollen: [{ rol: 'beheerder', van: '2024-01-01' }] },
  {
    naam: 'Marieke van der Linden', // pSG SZW
    email: 'eigenaar@driehoek.example',
    isAccount: true,
    rollen: [
      { rol: 'eigenaar', organisatie: 'szw-bs', driehoek: 'uwv', van: '2023-03-01' },
      { rol: 'eigenaar', organisatie: 'szw-bs', driehoek: 'svb', van: '2023-03-01' },
    ],
  },
  {
    naam: 'Joost Bakker', // DG Werk
    email: 'coordinerend-opdrachtgever@driehoek.example',
    isAccount: true,
    rollen: [{ rol: 'coordinerend-opdrachtgever', organisatie: 'szw-dgw', driehoek: 'uwv', van: '2024-09-01' }],
  },
  {
    naam: 'Samira El Amrani', // directeur Werknemersregelingen
    email: 'opdrachtgever@driehoek.example',
    isAccount: true,
    rollen: [{ rol: 'opdrachtgever', organisatie: 'szw-wr', driehoek: 'uwv', van: '2022-02-01' }],
  },
  {
    naam: 'Peter de Graaf', // lid raad van bestuur UWV
    email: 'opdrachtnemer@driehoek.example',
    isAccount: true,
    rollen: [{ rol: 'opdrachtnemer', organisatie: 'uwv', driehoek: 'uwv', van: '2021-04-01' }],
  },
  {
    naam: 'Lotte Jansen',
    email: 'procescoordinator@driehoek.example',
    isAccount: true,
    rollen: [{ rol: 'procescoordinator', organisatie: 'szw-ub', driehoek: 'uwv', van: '2023-01-01' }],
  },
  {
    naam: 'Thomas Meijer', // beleidsadviseur Arbeidsmarkt
    email: 'adviseur@driehoek.example',
    isAccount: true,
    rollen: [{ rol: 'adviseur', organisatie: 'szw-am', driehoek: 'uwv', van: '2024-03-01' }],
  },
  { naam: 'Noor Bos', email: 'lezer@driehoek.example', isAccount: true, rollen: [{ rol: 'lezer', organisatie: 'szw', van: '2025-01-01' }] },
];

const szw: DemoPersoon[] = [
  {
    naam: 'Hans Vermeulen', // DG SZI: commissioner of three agencies
    email: 'hans.vermeulen@driehoek.example',
    rollen: [
      { rol: 'opdrachtgever', organisatie: 'szw-dgszi', driehoek: 'uwv', van: '2022-06-01' },
      { rol: 'coordinerend-opdrachtgever', organisatie: 'szw-dgszi', driehoek: 'svb', van: '2022-06-01' },
      { rol: 'opdrachtgever', organisatie: 'szw-dgszi', driehoek: 'duo', van: '2022-06-01' },
    ],
  },
  {
    naam: 'Ingrid Kok', // former DG Werk
    email: 'ingrid.kok@driehoek.example',
    rollen: [{ rol: 'coordinerend-opdrachtgever', organisatie: 'szw-dgw', driehoek: 'uwv', van: '2019-05-01', tot: '2024-08-31' }],
  },
  {
    naam: 'Anouk Mulder', // directeur Divisie Uitkeren
    email: 'anouk.mulder@driehoek.example',
    rollen: [{ rol: 'opdrachtnemer', organisatie: 'uwv-uitkeren', driehoek: 'uwv', van: '2023-09-01' }],
  },
  {
    naam: 'Erik Smit', // voorzitter raad van bestuur SVB
    email: 'erik.smit@driehoek.example',
    rollen: [{ rol: 'opdrachtnemer', organisatie: 'svb', driehoek: 'svb', van: '2020-01-01' }],
  },
  {
    naam: 'Fatima Yilmaz',
    email: 'fatima.yilmaz@driehoek.example',
    rollen: [{ rol: 'procescoordinator', organisatie: 'szw-ub', driehoek: 'svb', van: '2024-05-01' }],
  },
  {
    naam: 'Willem de Vries', // directeur Inkomensbeleid
    email: 'willem.devries@driehoek.example',
    rollen: [{ rol: 'adviseur', organisatie: 'szw-ib', driehoek: 'svb', van: '2021-10-01' }],
  },
  {
    naam: 'Yasmina Haddou', // followed inburgering from the old directie to the new one
    email: 'yasmina.haddou@driehoek.example',
    rollen: [
      { rol: 'adviseur', organisatie: 'szw-si', driehoek: 'duo', van: '2020-01-01', tot: '2024-12-31' },
      { rol: 'adviseur', organisatie: 'szw-ieni', driehoek: 'duo', van: '2025-01-01' },
    ],
  },
];

const ocw: DemoPersoon[] = [
  { naam: 'Gerard Hoekstra', email: 'gerard.hoekstra@driehoek.example', rollen: [{ rol: 'eigenaar', organisatie: 'ocw-bs', driehoek: 'duo', van: '2021-09-01' }] },
  { naam: 'Els van Dijk', email: 'els.vandijk@driehoek.example', rollen: [{ rol: 'coordinerend-opdrachtgever', organisatie: 'ocw-dghbwe', driehoek: 'duo', van: '2022-01-01' }] },
  { naam: 'Bart Peters', email: 'bart.peters@driehoek.example', rollen: [{ rol: 'opdrachtgever', organisatie: 'ocw-dgpvo', driehoek: 'duo', van: '2023-04-01' }] },
  { naam: 'Yvonne Koster', email: 'yvonne.koster@driehoek.example', rollen: [{ rol: 'adviseur', organisatie: 'ocw-hos', driehoek: 'duo', van: '2024-02-01' }] },
  { naam: 'Martijn Visser', email: 'martijn.visser@driehoek.example', rollen: [{ rol: 'opdrachtnemer', organisatie: 'duo', driehoek: 'duo', van: '2024-01-01' }] },
  { naam: 'Rob Schouten', email: 'rob.schouten@driehoek.example', rollen: [{ rol: 'opdrachtnemer', organisatie: 'duo', driehoek: 'duo', van: '2017-01-01', tot: '2023-12-31' }] },
  { naam: 'Sanne de Boer', email: 'sanne.deboer@driehoek.example', rollen: [{ rol: 'procescoordinator', organisatie: 'ocw-fez', driehoek: 'duo', van: '2023-06-01' }] },
  { naam: 'Gijs de Wit', email: 'gijs.dewit@driehoek.example', rollen: [{ rol: 'lezer', organisatie: 'ocw', van: '2024-06-01' }] },
];

const jenv: DemoPersoon[] = [
  {
    // The deliberate separation breach: the pSG also acts as DG Straffen en Beschermen (a.i.),
    // so she is both eigenaar and opdrachtgever of the CJIB. The app flags this driehoek.
    naam: 'Karin Dijkman',
    email: 'karin.dijkman@driehoek.example',
    rollen: [
      { rol: 'eigenaar', organisatie: 'jenv-bs', driehoek: 'ind', van: '2022-03-01' },
      { rol: 'eigenaar', organisatie: 'jenv-bs', driehoek: 'cjib', van: '2022-03-01' },
      { rol: 'opdrachtgever', organisatie: 'jenv-dgsenb', driehoek: 'cjib', van: '2025-10-01' },
    ],
  },
  { naam: 'Frank Willems', email: 'frank.willems@driehoek.example', rollen: [{ rol: 'coordinerend-opdrachtgever', organisatie: 'jenv-dgsenb', driehoek: 'cjib', van: '2020-02-01', tot: '2025-09-30' }] },
  { naam: 'Jeroen Maas', email: 'jeroen.maas@driehoek.example', rollen: [{ rol: 'opdrachtgever', organisatie: 'jenv-dgrr', driehoek: 'cjib', van: '2023-11-01' }] },
  { naam: 'Petra Hermans', email: 'petra.hermans@driehoek.example', rollen: [{ rol: 'adviseur', organisatie: 'jenv-dsens', driehoek: 'cjib', van: '2024-01-15' }] },
  { naam: 'Dennis van Leeuwen', email: 'dennis.vanleeuwen@driehoek.example', rollen: [{ rol: 'opdrachtnemer', organisatie: 'cjib', driehoek: 'cjib', van: '2021-07-01' }] },
  { naam: 'Ahmed Bouzid', email: 'ahmed.bouzid@driehoek.example', rollen: [{ rol: 'coordinerend-opdrachtgever', organisatie: 'jenv-dgm', driehoek: 'ind', van: '2023-02-01' }] },
  { naam: 'Linda Post', email: 'linda.post@driehoek.example', rollen: [{ rol: 'adviseur', organisatie: 'jenv-dmb', driehoek: 'ind', van: '2022-09-01' }] },
  { naam: 'Ruud Brouwer', email: 'ruud.brouwer@driehoek.example', rollen: [{ rol: 'opdrachtnemer', organisatie: 'ind', driehoek: 'ind', van: '2022-05-01' }] },
  {
    naam: 'Mirjam Kuipers',
    email: 'mirjam.kuipers@driehoek.example',
    rollen: [
      { rol: 'procescoordinator', organisatie: 'jenv-fez', driehoek: 'ind', van: '2023-01-01' },
      { rol: 'procescoordinator', organisatie: 'jenv-fez', driehoek: 'cjib', van: '2023-01-01' },
    ],
  },
];

const ezEnLvvn: DemoPersoon[] = [
  { naam: 'Annemiek Prins', email: 'annemiek.prins@driehoek.example', rollen: [{ rol: 'eigenaar', organisatie: 'ez-bs', driehoek: 'rvo', van: '2022-10-01' }] },
  { naam: 'Sjoerd Dekker', email: 'sjoerd.dekker@driehoek.example', rollen: [{ rol: 'coordinerend-opdrachtgever', organisatie: 'lnv-dgagro', driehoek: 'rvo', van: '2023-05-01' }] },
  { naam: 'Hanneke Bosman', email: 'hanneke.bosman@driehoek.example', rollen: [{ rol: 'opdrachtgever', organisatie: 'lnv-dgnvg', driehoek: 'rvo', van: '2021-03-01' }] },
  { naam: 'Koen Jacobs', email: 'koen.jacobs@driehoek.example', rollen: [{ rol: 'opdrachtgever', organisatie: 'ez-dged', driehoek: 'rvo', van: '2024-04-01' }] },
  { naam: 'Tim Kramer', email: 'tim.kramer@driehoek.example', rollen: [{ rol: 'adviseur', organisatie: 'lnv-pav', driehoek: 'rvo', van: '2023-08-01' }] },
  { naam: 'Mark Veenstra', email: 'mark.veenstra@driehoek.example', rollen: [{ rol: 'opdrachtnemer', organisatie: 'rvo', driehoek: 'rvo', van: '2020-09-01' }] },
  { naam: 'Ilse van Wijk', email: 'ilse.vanwijk@driehoek.example', rollen: [{ rol: 'procescoordinator', organisatie: 'ez-fez', driehoek: 'rvo', van: '2024-01-01' }] },
];

export const DEMO_PERSONEN: readonly DemoPersoon[] = [...accounts, ...szw, ...ocw, ...jenv, ...ezEnLvvn];
