import { useQuery } from '@tanstack/react-query';
import type { Page as ApiPage } from '../../../common/api/common.js';
import type { DriehoekSamenvatting } from '../../../common/api/driehoeken.js';
import type { HuidigeSessie } from '../../../common/api/sessies.js';
import { api, queryString } from '../../lib/api.js';

/** The driehoeken in which the person holds a rol (none are asked for when they hold none). */
export function useMijnDriehoeken(sessie: HuidigeSessie) {
  return useQuery({
    queryKey: ['/driehoeken', 'mijn'],
    queryFn: () => api<ApiPage<DriehoekSamenvatting>>(`/driehoeken${queryString({ mijn: true, pageSize: 200, sort: 'naam' })}`),
    enabled: sessie.rollen.some((r) => r.driehoekId),
    select: (page) => page.items,
  });
}
