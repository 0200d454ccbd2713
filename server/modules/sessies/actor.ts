import { ROLLEN_ZONDER_DRIEHOEK } from '../../../common/enums.js';
import type { Actor, ActorRol } from '../../context.js';

/** Builds the acting person from their roles valid today. */
export function persoonActor(persoonId: string, naam: string, rollen: ActorRol[]): Actor {
  const inHoek = rollen.filter((r) => !ROLLEN_ZONDER_DRIEHOEK.includes(r.rol));
  return {
    kind: 'persoon',
    persoonId,
    naam,
    rollen,
    isBeheerder: rollen.some((r) => r.rol === 'beheerder'),
    organisatieIds: [...new Set(inHoek.map((r) => r.organisatieId).filter((id): id is string => id !== null))],
    driehoekIds: [...new Set(inHoek.map((r) => r.driehoekId).filter((id): id is string => id !== null))],
  };
}

/** An agency system acting with an organisation-scoped API token. */
export function tokenActor(tokenId: string, naam: string, organisatieId: string): Actor {
  return {
    kind: 'token',
    persoonId: null,
    naam: `API-token ${naam}`,
    rollen: [],
    isBeheerder: false,
    organisatieIds: [organisatieId],
    driehoekIds: [],
    tokenId,
  };
}
