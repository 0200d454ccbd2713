import type { Driehoek, DriehoekOrganisatie, DriehoekPersoon, DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import type { OrganisatieSoort, RolSoort } from '../../../common/enums.js';
import type { DriehoekPersoonRow, DriehoekRow, OpdrachtgeverRow } from './driehoeken.repository.js';
import type { ScheidingWaarschuwing } from './scheiding.js';

export interface OrganisatieInfo {
  id: string;
  naam: string;
  afkorting: string | null;
  soort: string;
  pad: string;
}

/** Everything a summary needs besides the row, loaded in batches for a whole page. */
export interface SamenvattingBronnen {
  organisaties: Map<string, OrganisatieInfo>;
  opdrachtgevers: OpdrachtgeverRow[];
  waarschuwingen: Map<string, ScheidingWaarschuwing[]>;
  persoonNamen: Map<string, string>;
}

/** "Driehoek UWV": a driehoek is named after its agency, the one thing it has exactly one of. */
export function driehoekNaam(agency: Pick<OrganisatieInfo, 'naam' | 'afkorting'> | undefined): string {
  return `Driehoek ${agency ? (agency.afkorting ?? agency.naam) : 'onbekend'}`;
}

function presentOrganisatie(id: string, bronnen: SamenvattingBronnen): DriehoekOrganisatie {
  const o = bronnen.organisaties.get(id);
  if (!o) return { id, naam: 'onbekend', afkorting: null, soort: 'ministerie', pad: 'onbekend' };
  return { id, naam: o.naam, afkorting: o.afkorting, soort: o.soort as OrganisatieSoort, pad: o.pad };
}

export function presentDriehoekSamenvatting(row: DriehoekRow, bronnen: SamenvattingBronnen): DriehoekSamenvatting {
  const waarschuwingen = bronnen.waarschuwingen.get(row.id) ?? [];
  const uitzondering =
    row.scheidingUitzonderingReden && row.scheidingUitzonderingOp
      ? {
          reden: row.scheidingUitzonderingReden,
          doorId: row.scheidingUitzonderingDoor,
          door: (row.scheidingUitzonderingDoor && bronnen.persoonNamen.get(row.scheidingUitzonderingDoor)) || 'onbekend',
          op: row.scheidingUitzonderingOp.toISOString(),
        }
      : null;
  const opdrachtgevers = bronnen.opdrachtgevers
    .filter((g) => g.driehoekId === row.id)
    .map((g) => ({ ...presentOrganisatie(g.organisatieId, bronnen), isCoordinerend: g.isCoordinerend }))
    .sort((a, b) => Number(b.isCoordinerend) - Number(a.isCoordinerend) || a.naam.localeCompare(b.naam, 'nl'));
  return {
    id: row.id,
    naam: driehoekNaam(bronnen.organisaties.get(row.uitvoeringsorganisatieId)),
    omschrijving: row.omschrijving,
    uitvoeringsorganisatie: presentOrganisatie(row.uitvoeringsorganisatieId, bronnen),
    eigenaar: presentOrganisatie(row.eigenaarId, bronnen),
    opdrachtgevers,
    scheidingWaarschuwingen: waarschuwingen,
    scheidingUitzondering: uitzondering,
    heeftScheidingWaarschuwing: waarschuwingen.length > 0 && uitzondering === null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentPersoon(row: DriehoekPersoonRow): DriehoekPersoon {
  return {
    persoonId: row.persoon_id,
    naam: row.naam,
    rolId: row.rol_id,
    rol: row.rol as RolSoort,
    organisatieId: row.organisatie_id,
    organisatieNaam: row.organisatie_naam,
  };
}

export function presentDriehoek(samenvatting: DriehoekSamenvatting, personen: DriehoekPersoonRow[]): Driehoek {
  const van = (hoek: DriehoekPersoonRow['hoek']) => personen.filter((p) => p.hoek === hoek).map(presentPersoon);
  return {
    ...samenvatting,
    personen: { eigenaar: van('eigenaar'), opdrachtgever: van('opdrachtgever'), opdrachtnemer: van('opdrachtnemer') },
    procescoordinatoren: van('procescoordinator'),
  };
}
