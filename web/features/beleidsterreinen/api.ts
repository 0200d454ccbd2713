import { useQuery } from '@tanstack/react-query';
import type { Beleidsterrein, CreateBeleidsterrein, CreateToewijzing, UpdateBeleidsterrein } from '../../../common/api/beleidsterreinen.js';
import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import type { HuidigeSessie } from '../../../common/api/sessies.js';
import { api } from '../../lib/api.js';
import type { BoomKnoop } from '../organisaties/api.js';

export interface TerreinKnoop {
  id: string;
  naam: string;
  parentId: string | null;
  beleidsverantwoordelijkeId: string | null;
  isWees: boolean;
}

export function useBeleidsterrein(id: string | undefined) {
  return useQuery({
    queryKey: ['/beleidsterreinen', id],
    queryFn: () => api<Beleidsterrein>(`/beleidsterreinen/${id}`),
    enabled: !!id,
  });
}

export function useBeleidsterreinBoom() {
  return useQuery({
    queryKey: ['/beleidsterreinen', 'boom'],
    queryFn: () => api<{ items: TerreinKnoop[] }>('/beleidsterreinen/boom'),
    select: (data) => data.items,
  });
}

export const createBeleidsterrein = (body: CreateBeleidsterrein) => api<Beleidsterrein>('/beleidsterreinen', { method: 'POST', body });
export const updateBeleidsterrein = (id: string, version: number, body: UpdateBeleidsterrein) =>
  api<Beleidsterrein>(`/beleidsterreinen/${id}`, { method: 'PATCH', body, version });
export const deleteBeleidsterrein = (id: string, version: number) => api<void>(`/beleidsterreinen/${id}`, { method: 'DELETE', version });
export const assignBeleidsterrein = (id: string, version: number, body: CreateToewijzing) =>
  api<Beleidsterrein>(`/beleidsterreinen/${id}/toewijzingen`, { method: 'POST', body, version });

/**
 * Organisations that can be beleidsverantwoordelijke: a DG or directie that is an opdrachtgever
 * corner of some driehoek, or lies below one (the server checks the same and says why not).
 */
export function kandidaatVerantwoordelijken(knopen: BoomKnoop[], driehoeken: DriehoekSamenvatting[]): Set<string> {
  const hoeken = new Set(driehoeken.flatMap((d) => d.opdrachtgevers.map((g) => g.id)));
  const byId = new Map(knopen.map((k) => [k.id, k]));
  const onderHoek = (k: BoomKnoop): boolean => {
    for (let cur: BoomKnoop | undefined = k, depth = 0; cur && depth < 20; cur = cur.parentId ? byId.get(cur.parentId) : undefined, depth++) {
      if (hoeken.has(cur.id)) return true;
    }
    return false;
  };
  return new Set(knopen.filter((k) => (k.soort === 'directoraat-generaal' || k.soort === 'directie') && k.isActief && onderHoek(k)).map((k) => k.id));
}

/**
 * Whether the person may set the beleidsverantwoordelijke: a beheerder, or the eigenaar or
 * coördinerend opdrachtgever of a driehoek whose agency executes the terrein (the server decides).
 */
export function magToewijzen(sessie: HuidigeSessie | null | undefined, terrein: Beleidsterrein, driehoeken: DriehoekSamenvatting[]) {
  if (!sessie) return false;
  if (sessie.isBeheerder) return true;
  const mijnDriehoeken = new Set(sessie.rollen.filter((r) => r.rol === 'eigenaar' || r.rol === 'coordinerend-opdrachtgever').map((r) => r.driehoekId));
  const uitvoerders = new Set(terrein.uitvoerders.map((u) => u.id));
  return driehoeken.some((d) => mijnDriehoeken.has(d.id) && uitvoerders.has(d.uitvoeringsorganisatie.id));
}
