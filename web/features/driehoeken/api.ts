import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../../common/api/common.js';
import type { CreateDriehoek, Driehoek, DriehoekSamenvatting, UpdateDriehoek } from '../../../common/api/driehoeken.js';
import type { HuidigeSessie } from '../../../common/api/sessies.js';
import { api, queryString } from '../../lib/api.js';

export function useDriehoek(id: string | undefined) {
  return useQuery({
    queryKey: ['/driehoeken', id],
    queryFn: () => api<Driehoek>(`/driehoeken/${id}`),
    enabled: !!id,
  });
}

/** Every driehoek (there is one per agency, so a few hundred at most). */
export function useAlleDriehoeken() {
  return useQuery({
    queryKey: ['/driehoeken', 'alle'],
    queryFn: () => api<Page<DriehoekSamenvatting>>(`/driehoeken${queryString({ pageSize: 200, sort: 'naam' })}`),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

export const createDriehoek = (body: CreateDriehoek) => api<Driehoek>('/driehoeken', { method: 'POST', body });
export const updateDriehoek = (id: string, version: number, body: UpdateDriehoek) =>
  api<Driehoek>(`/driehoeken/${id}`, { method: 'PATCH', body, version });
export const deleteDriehoek = (id: string, version: number) => api<void>(`/driehoeken/${id}`, { method: 'DELETE', version });
export const recordUitzondering = (id: string, reden: string) =>
  api<Driehoek>(`/driehoeken/${id}/scheidingsuitzonderingen`, { method: 'POST', body: { reden } });
export const removeUitzondering = (id: string, version: number) =>
  api<Driehoek>(`/driehoeken/${id}/scheidingsuitzondering`, { method: 'DELETE', version });

/**
 * Whether the logged-in person may change this driehoek: a beheerder, or its eigenaar or
 * coördinerend opdrachtgever (the server decides; this only hides buttons that would fail).
 */
export function magDriehoekWijzigen(sessie: HuidigeSessie | null | undefined, driehoekId: string) {
  if (!sessie) return false;
  return sessie.isBeheerder || sessie.rollen.some((r) => r.driehoekId === driehoekId && (r.rol === 'eigenaar' || r.rol === 'coordinerend-opdrachtgever'));
}
