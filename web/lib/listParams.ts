import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ListParams {
  page: number;
  pageSize: number;
  sort: string | undefined;
  q: string | undefined;
  filters: Record<string, string>;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;

/**
 * List state (page, pageSize, sort, q, filters) lives in the URL, so a view can be bookmarked
 * and shared, the back button works, and "export the current view" has a precise meaning.
 */
export function useListParams(filterNames: readonly string[], defaults: { sort?: string; pageSize?: number } = {}) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<ListParams>(() => {
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = search.get(name);
      if (value) filters[name] = value;
    }
    const pageSize = Number(search.get('pageSize'));
    return {
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : (defaults.pageSize ?? 25),
      sort: search.get('sort') ?? defaults.sort,
      q: search.get('q') ?? undefined,
      filters,
    };
  }, [search, defaults.sort, defaults.pageSize]);

  const update = useCallback(
    (changes: Partial<Record<string, string | number | undefined>>, { resetPage = true } = {}) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      });
    },
    [setSearch],
  );

  return { params, update };
}

/** The API query of a list view; `page` and `pageSize` may be overridden (export walks all pages). */
export function apiQuery(params: ListParams, overrides: { page?: number; pageSize?: number } = {}) {
  return {
    page: overrides.page ?? params.page,
    pageSize: overrides.pageSize ?? params.pageSize,
    sort: params.sort,
    q: params.q,
    ...params.filters,
  };
}
