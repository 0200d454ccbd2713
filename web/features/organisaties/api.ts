import { useQuery } from '@tanstack/react-query';
import type { CreateOrganisatie, Organisatie, UpdateOrganisatie } from '../../../common/api/organisaties.js';
import type { OrganisatieSoort } from '../../../common/enums.js';
import { api } from '../../lib/api.js';

export interface BoomKnoop {
  id: string;
  naam: string;
  afkorting: string | null;
  soort: OrganisatieSoort;
  parentId: string | null;
  isActief: boolean;
}

export function useOrganisatie(id: string | undefined) {
  return useQuery({
    queryKey: ['/organisaties', id],
    queryFn: () => api<Organisatie>(`/organisaties/${id}`),
    enabled: !!id,
  });
}

export function useOrganisatieBoom() {
  return useQuery({
    queryKey: ['/organisaties', 'boom'],
    queryFn: () => api<{ items: BoomKnoop[] }>('/organisaties/boom'),
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

export const createOrganisatie = (body: CreateOrganisatie) => api<Organisatie>('/organisaties', { method: 'POST', body });
export const updateOrganisatie = (id: string, version: number, body: UpdateOrganisatie) =>
  api<Organisatie>(`/organisaties/${id}`, { method: 'PATCH', body, version });
export const deleteOrganisatie = (id: string, version: number) => api<void>(`/organisaties/${id}`, { method: 'DELETE', version });

/**
 * "SZW › DG Werk › Directie Arbeidsmarkt" for every node, as the API writes `pad`: the ancestors
 * by their abbreviation, the node itself by its name.
 */
export function padNamen(knopen: BoomKnoop[]): Map<string, string> {
  const byId = new Map(knopen.map((k) => [k.id, k]));
  const kort = (k: BoomKnoop, depth: number): string => {
    const parent = k.parentId ? byId.get(k.parentId) : undefined;
    const self = k.afkorting ?? k.naam;
    return parent && depth < 20 ? `${kort(parent, depth + 1)} › ${self}` : self;
  };
  const paden = new Map<string, string>();
  for (const k of knopen) {
    const parent = k.parentId ? byId.get(k.parentId) : undefined;
    paden.set(k.id, parent ? `${kort(parent, 0)} › ${k.naam}` : k.naam);
  }
  return paden;
}

/** Options for a select of organisations, labelled with their path and sorted by it. */
export function organisatieOptions(knopen: BoomKnoop[], inactiefLabel: string, filter: (k: BoomKnoop) => boolean = () => true) {
  const paden = padNamen(knopen);
  return knopen
    .filter(filter)
    .map((k) => ({ value: k.id, label: `${paden.get(k.id) ?? k.naam}${k.isActief ? '' : ` (${inactiefLabel})`}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}
