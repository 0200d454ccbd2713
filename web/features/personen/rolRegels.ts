import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import { ROLLEN_ZONDER_DRIEHOEK, type RolSoort } from '../../../common/enums.js';
import type { BoomKnoop } from '../organisaties/api.js';

// The form mirrors the server's rules (server/modules/personen/rol-validatie.ts) only to hide
// fields that cannot apply and to narrow choices; the server still decides and its
// invalidParams land next to the same fields.

/** A beheerder runs the whole installation and belongs to no organisation. */
export const heeftOrganisatie = (rol: RolSoort | '') => rol !== 'beheerder';

/** Whether a driehoek can be chosen, must be chosen, or does not apply to the rol. */
export function driehoekKeuze(rol: RolSoort | ''): 'geen' | 'verplicht' | 'optioneel' {
  if (rol === '' || ROLLEN_ZONDER_DRIEHOEK.includes(rol)) return 'geen';
  return rol === 'procescoordinator' ? 'verplicht' : 'optioneel';
}

/** The corner organisations of the driehoek a rol sits at or below; null when any organisation will do. */
export function hoekVanRol(rol: RolSoort | '', d: DriehoekSamenvatting | undefined): { id: string; naam: string }[] | null {
  if (!d) return null;
  switch (rol) {
    case 'eigenaar':
      return [d.eigenaar];
    case 'opdrachtgever':
    case 'adviseur':
      return d.opdrachtgevers;
    case 'coordinerend-opdrachtgever':
      return d.opdrachtgevers.filter((o) => o.isCoordinerend);
    case 'opdrachtnemer':
      return [d.uitvoeringsorganisatie];
    default:
      return null;
  }
}

/** The ids of these organisations and everything below them in the tree. */
export function onderdelenVan(knopen: BoomKnoop[], topIds: string[]): Set<string> {
  const kinderen = new Map<string, string[]>();
  for (const k of knopen) {
    if (k.parentId) kinderen.set(k.parentId, [...(kinderen.get(k.parentId) ?? []), k.id]);
  }
  const result = new Set<string>();
  const todo = [...topIds];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    todo.push(...(kinderen.get(id) ?? []));
  }
  return result;
}
