import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Page as ApiPage } from '../../common/api/common.js';
import { useI18n } from '../i18n/index.js';
import { api, queryString } from '../lib/api.js';
import { useAnnounce } from '../lib/announce.js';
import { apiQuery, PAGE_SIZES, useListParams } from '../lib/listParams.js';
import { ExportButtons } from './ExportButtons.js';
import type { Option } from './form/fields.js';
import { ErrorMessage } from './Status.js';
import { Button, cx, TableContainer } from './ui.js';

export interface Column<T> {
  key: string;
  label: string;
  /** The API's sort field, when the column can be sorted. */
  sortField?: string;
  render: (row: T) => ReactNode;
  /** Plain value for CSV/XLSX; the column is left out of exports without it. */
  exportValue?: (row: T) => string | number | boolean | null | undefined;
  /** This column names the row (a <th scope="row">). */
  isRowHeader?: boolean;
  isNumeric?: boolean;
}

export interface Filter {
  name: string;
  label: string;
  options: Option[];
}

interface Props<T> {
  /** API path of the list, e.g. "/organisaties". */
  path: string;
  caption: string;
  columns: Column<T>[];
  filters?: Filter[];
  defaultSort?: string;
  rowKey: (row: T) => string;
  /** File name base for exports ("organisaties"). */
  exportName: string;
  searchLabel?: string;
}

/**
 * A list from the API with server-side paging, sorting, filtering and search, its state in the
 * URL, and export of the current view (all pages) to CSV and XLSX. Result counts are announced
 * in a live region; sortable headers are buttons with aria-sort on the header cell.
 */
export function DataTable<T>({ path, caption, columns, filters = [], defaultSort, rowKey, exportName, searchLabel }: Props<T>) {
  const { t, getal } = useI18n();
  const announce = useAnnounce();
  const { params, update } = useListParams(filters.map((f) => f.name), { sort: defaultSort });
  const query = useQuery({
    queryKey: [path, 'lijst', apiQuery(params)],
    queryFn: ({ signal }) => api<ApiPage<T>>(`${path}${queryString(apiQuery(params))}`, { signal }),
    placeholderData: keepPreviousData,
  });
  const id = useId();
  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const countText = data
    ? data.totalIsMinimum ? t('tabel.minstens', { aantal: getal(data.total) }) : t('tabel.resultaten', { aantal: data.total })
    : '';

  // Announce the count after the user changed the view, not on the first load.
  const lastView = useRef<string | null>(null);
  useEffect(() => {
    if (!data || query.isPlaceholderData) return;
    const view = JSON.stringify(apiQuery(params));
    if (lastView.current !== null && lastView.current !== view) announce(countText);
    lastView.current = view;
  }, [data, query.isPlaceholderData, params, countText, announce]);

  const exportColumns = columns.filter((c) => c.exportValue).map((c) => ({ label: c.label, value: c.exportValue! }));

  return (
    <div className="dh-datatable">
      <SearchForm
        id={id}
        q={params.q}
        filters={filters}
        filterValues={params.filters}
        searchLabel={searchLabel ?? t('tabel.zoeken')}
        onSearch={(values) => update(values)}
      />
      <div className="dh-table-meta">
        <p className="nl-paragraph" id={`${id}-aantal`}>{countText}</p>
        <ExportButtons path={path} params={params} columns={exportColumns} name={exportName} />
      </div>
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      <TableContainer label={caption}>
        <table className={cx('utrecht-table', 'utrecht-table--html-table', query.isFetching && 'utrecht-table--busy')} aria-busy={query.isFetching || undefined} aria-describedby={`${id}-aantal`}>
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map((column) => (
                <HeaderCell key={column.key} column={column} sort={params.sort} onSort={(sort) => update({ sort })} />
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data?.items.map((row) => (
              <tr className="utrecht-table__row" key={rowKey(row)}>
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th scope="row" className="utrecht-table__header-cell dh-row-header" key={column.key}>{column.render(row)}</th>
                  ) : (
                    <td className={cx('utrecht-table__cell', column.isNumeric && 'utrecht-table__cell--numeric-column')} key={column.key}>{column.render(row)}</td>
                  ),
                )}
              </tr>
            ))}
            {data && data.items.length === 0 ? (
              <tr className="utrecht-table__row">
                <td className="utrecht-table__cell" colSpan={columns.length}>{t('tabel.geenResultaten')}</td>
              </tr>
            ) : null}
            {!data && query.isPending ? (
              <tr className="utrecht-table__row">
                <td className="utrecht-table__cell" colSpan={columns.length}>{t('app.laden')}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableContainer>
      {data ? (
        <Pagination
          page={params.page}
          totalPages={totalPages}
          pageSize={params.pageSize}
          onPage={(page) => update({ page }, { resetPage: false })}
          onPageSize={(pageSize) => update({ pageSize })}
        />
      ) : null}
    </div>
  );
}

function HeaderCell<T>({ column, sort, onSort }: { column: Column<T>; sort: string | undefined; onSort: (sort: string) => void }) {
  const { t } = useI18n();
  const field = column.sortField;
  const direction = field && sort === field ? 'ascending' : field && sort === `-${field}` ? 'descending' : undefined;
  return (
    <th
      scope="col"
      className={cx('utrecht-table__header-cell', column.isNumeric && 'utrecht-table__header-cell--numeric-column')}
      aria-sort={field ? (direction ?? 'none') : undefined}
    >
      {field ? (
        <button type="button" className="dh-sort-button" onClick={() => onSort(direction === 'ascending' ? `-${field}` : field)}>
          {column.label}
          <span aria-hidden="true">{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
          <span className="rhc-visually-hidden">
            {direction ? ` (${t(direction === 'ascending' ? 'tabel.oplopend' : 'tabel.aflopend')})` : ` (${t('tabel.sorteerOp', { kolom: column.label })})`}
          </span>
        </button>
      ) : (
        column.label
      )}
    </th>
  );
}

function SearchForm({ id, q, filters, filterValues, searchLabel, onSearch }: {
  id: string; q: string | undefined; filters: Filter[]; filterValues: Record<string, string>; searchLabel: string;
  onSearch: (values: Record<string, string | undefined>) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(q ?? '');
  const [selected, setSelected] = useState(filterValues);
  // Follow the URL when it changes from outside (back button, a link).
  useEffect(() => setText(q ?? ''), [q]);
  useEffect(() => setSelected(filterValues), [filterValues]);
  return (
    <form
      role="search"
      aria-label={t('tabel.zoekenEnFilteren')}
      className="dh-toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        const values: Record<string, string | undefined> = { q: text.trim() || undefined };
        for (const f of filters) values[f.name] = selected[f.name] || undefined;
        onSearch(values);
      }}
    >
      <div className="utrecht-form-field utrecht-form-field--text">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={`${id}-q`}>{searchLabel}</label>
        </div>
        <div className="utrecht-form-field__input">
          <input id={`${id}-q`} type="search" className="utrecht-textbox utrecht-textbox--html-input" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      {filters.map((filter) => (
        <div className="utrecht-form-field utrecht-form-field--text" key={filter.name}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={`${id}-${filter.name}`}>{filter.label}</label>
          </div>
          <div className="utrecht-form-field__input">
            <select
              id={`${id}-${filter.name}`}
              className="utrecht-select utrecht-select--html-select"
              value={selected[filter.name] ?? ''}
              onChange={(e) => setSelected((s) => ({ ...s, [filter.name]: e.target.value }))}
            >
              <option value="">{t('tabel.alle')}</option>
              {filter.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
        </div>
      ))}
      <Button type="submit" appearance="primary-action">{t('tabel.zoekknop')}</Button>
    </form>
  );
}

function Pagination({ page, totalPages, pageSize, onPage, onPageSize }: {
  page: number; totalPages: number; pageSize: number; onPage: (page: number) => void; onPageSize: (size: number) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <nav className="dh-pagination" aria-label={t('tabel.paginering')}>
      <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>{t('tabel.vorige')}</Button>
      <span>{t('tabel.pagina', { pagina: page, totaal: totalPages })}</span>
      <Button disabled={page >= totalPages} onClick={() => onPage(page + 1)}>{t('tabel.volgende')}</Button>
      <label className="utrecht-form-label" htmlFor={`${id}-size`}>{t('tabel.perPagina')}</label>
      <select id={`${id}-size`} className="utrecht-select utrecht-select--html-select dh-select--small" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
        {PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
      </select>
    </nav>
  );
}
