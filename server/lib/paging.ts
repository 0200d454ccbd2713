import { asc, desc, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Page } from '../../common/api/common.js';

export interface PageRequest {
  page: number;
  pageSize: number;
  sort?: string | undefined;
}

/** Turns `-updatedAt,naam` into ORDER BY clauses over the allowed columns; id breaks ties. */
export function orderBy(
  sort: string | undefined,
  columns: Record<string, AnyPgColumn>,
  fallback: string,
  idColumn: AnyPgColumn,
): SQL[] {
  const parts = (sort ?? fallback).split(',').filter(Boolean);
  const clauses: SQL[] = [];
  for (const part of parts) {
    const isDesc = part.startsWith('-');
    const column = columns[isDesc ? part.slice(1) : part];
    if (column) clauses.push(isDesc ? desc(column) : asc(column));
  }
  clauses.push(asc(idColumn));
  return clauses;
}

export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}

/** Builds the list response with `_links` that keep every query parameter but the page. */
export function toPage<T>(
  items: T[],
  total: number,
  request: PageRequest,
  basePath: string,
  query: Record<string, unknown>,
  totalIsMinimum = false,
): Page<T> {
  const href = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || key === 'page') continue;
      params.set(key, String(value));
    }
    params.set('page', String(page));
    return `${basePath}?${params.toString()}`;
  };
  const hasNext = request.page * request.pageSize < total;
  return {
    items,
    page: request.page,
    pageSize: request.pageSize,
    total,
    ...(totalIsMinimum ? { totalIsMinimum: true } : {}),
    _links: {
      self: { href: href(request.page) },
      ...(hasNext ? { next: { href: href(request.page + 1) } } : {}),
      ...(request.page > 1 ? { prev: { href: href(request.page - 1) } } : {}),
    },
  };
}

/** Escapes LIKE wildcards in a user's search term. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
