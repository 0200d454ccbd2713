import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../../common/api/common.js';
import type { CreatePersoon, CreateRol, Persoon, Rol, RolMutatie, UpdatePersoon, UpdateRol } from '../../../common/api/personen.js';
import { api, queryString } from '../../lib/api.js';

export function usePersoon(id: string | undefined) {
  return useQuery({
    queryKey: ['/personen', id],
    queryFn: () => api<Persoon>(`/personen/${id}`),
    enabled: !!id,
  });
}

/** All roles of a person, ended ones too (their history). */
export function useRollenVanPersoon(id: string | undefined) {
  return useQuery({
    queryKey: ['/personen', id, 'rollen'],
    queryFn: () => api<Page<Rol>>(`/personen/${id}/rollen${queryString({ pageSize: 200, sort: '-geldigVan' })}`),
    enabled: !!id,
    select: (page) => page.items,
  });
}

export function useRol(id: string | undefined) {
  return useQuery({
    queryKey: ['/rollen', id],
    queryFn: () => api<Rol>(`/rollen/${id}`),
    enabled: !!id,
  });
}

export const createPersoon = (body: CreatePersoon) => api<Persoon>('/personen', { method: 'POST', body });
export const updatePersoon = (id: string, version: number, body: UpdatePersoon) =>
  api<Persoon>(`/personen/${id}`, { method: 'PATCH', body, version });
export const createRol = (persoonId: string, body: CreateRol) => api<RolMutatie>(`/personen/${persoonId}/rollen`, { method: 'POST', body });
export const updateRol = (id: string, version: number, body: UpdateRol) => api<RolMutatie>(`/rollen/${id}`, { method: 'PATCH', body, version });

/** Today's date in Amsterdam as YYYY-MM-DD, the default end date of a role. */
export function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
