import { useState } from 'react';
import { useT } from '../i18n/index.js';
import { useAnnounce } from '../lib/announce.js';
import type { ListParams } from '../lib/listParams.js';
import { download, type ExportColumn, exportFilename, fetchView, toCsv, toXlsx } from './export.js';
import { Button } from './ui.js';

/** Export of the current view — same search, filters and sort, all pages — to CSV or XLSX. */
export function ExportButtons<T>({ path, params, columns, name }: { path: string; params: ListParams; columns: ExportColumn<T>[]; name: string }) {
  const t = useT();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);

  async function run(kind: 'csv' | 'xlsx') {
    setBusy(kind);
    announce(t('tabel.exportBezig'));
    try {
      const rows = await fetchView<T>(path, params);
      const filename = exportFilename(name, kind);
      const blob = kind === 'csv'
        ? new Blob([toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' })
        : await toXlsx(rows, columns, name);
      download(blob, filename);
      announce(t('tabel.exportKlaar', { aantal: rows.length, bestand: filename }));
    } catch {
      announce(t('tabel.exportFout'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="utrecht-action-group utrecht-action-group--row" role="group" aria-label={t('tabel.exporteren')}>
      <Button disabled={busy !== null} busy={busy === 'csv'} onClick={() => void run('csv')}>{t('tabel.exportCsv')}</Button>
      <Button disabled={busy !== null} busy={busy === 'xlsx'} onClick={() => void run('xlsx')}>{t('tabel.exportXlsx')}</Button>
    </div>
  );
}
