import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Instellingen } from '../../common/api/instellingen.js';
import type { HuidigeSessie, Login } from '../../common/api/sessies.js';
import { api, ApiError } from './api.js';

export const SESSIE_KEY = ['sessie'] as const;

/** The logged-in person, or null when there is no session (401 is an answer here, not an error). */
export function useSessie() {
  return useQuery({
    queryKey: SESSIE_KEY,
    queryFn: async () => {
      try {
        return await api<HuidigeSessie>('/sessies/huidige', { allowUnauthorized: true });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useInstellingen() {
  return useQuery({
    queryKey: ['instellingen'],
    queryFn: () => api<Instellingen>('/instellingen', { allowUnauthorized: true }),
    staleTime: Infinity,
  });
}

/**
 * Data cached under another (or no) session must not leak into the next one. The session and
 * settings queries stay (observers in the layout hold on to them); their data is replaced.
 */
function forgetUserData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'sessie' && q.queryKey[0] !== 'instellingen' });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (login: Login) =>
      api<HuidigeSessie>('/sessies', { method: 'POST', body: login, allowUnauthorized: true }),
    onSuccess: (sessie) => {
      forgetUserData(queryClient);
      queryClient.setQueryData(SESSIE_KEY, sessie);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api<void>('/sessies/huidige', { method: 'DELETE', allowUnauthorized: true }),
    // A full page load after logging out: nothing of the session stays in memory.
    onSettled: () => window.location.assign('/inloggen?uitgelogd=1'),
  });
}

/** Only paths inside this app: an open redirect via terugNaar would help phishing. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/inloggen')) return '/';
  return value;
}

export function hasRol(sessie: HuidigeSessie | null | undefined, ...rollen: string[]) {
  return !!sessie?.rollen.some((r) => rollen.includes(r.rol));
}
