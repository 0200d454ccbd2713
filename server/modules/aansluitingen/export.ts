import ExcelJS from 'exceljs';
import type { Aansluiting, AansluitRijUit } from '../../../common/api/aansluitingen.js';
import type { ServiceContext } from '../../context.js';
import { presentAansluiting } from './aansluitingen.presenter.js';
import { requireZichtbareAansluiting } from './toegang.js';

const EURO = '"€" #,##0.00';
const BRON: Record<string, string> = { register: 'register', 'lijst-opdrachtgever': 'lijst opdrachtgever', 'lijst-uitvoerder': 'lijst uitvoerder' };

/**
 * The aansluiting as a workbook of three sheets (issue 4): gekoppeld with the differences,
 * alleen links, alleen rechts. Amounts in euros, as in the lists.
 */
export async function exportAansluiting(ctx: ServiceContext, id: string): Promise<{ bestandsnaam: string; inhoud: Buffer }> {
  const a = presentAansluiting(await requireZichtbareAansluiting(ctx, ctx.db, id));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Driehoek';
  vulGekoppeld(wb.addWorksheet('Gekoppeld'), a);
  vulAlleen(wb.addWorksheet('Alleen links'), a.alleenLinks, a.rijen.links, `Alleen in ${naamVan(a.links)}`);
  vulAlleen(wb.addWorksheet('Alleen rechts'), a.alleenRechts, a.rijen.rechts, `Alleen in ${naamVan(a.rechts)}`);
  const inhoud = Buffer.from(await wb.xlsx.writeBuffer());
  return { bestandsnaam: `aansluiting-${a.createdAt.slice(0, 10)}-${a.id.slice(-8)}.xlsx`, inhoud };
}

function naamVan(bron: Aansluiting['links']): string {
  return bron.bestandsnaam ? `${BRON[bron.soort]} ${bron.bestandsnaam}` : BRON[bron.soort]!;
}

function vulGekoppeld(ws: ExcelJS.Worksheet, a: Aansluiting) {
  ws.columns = [
    { header: 'Rij links', key: 'l', width: 10 },
    { header: 'Titel links', key: 'tl', width: 50 },
    { header: 'Rij rechts', key: 'r', width: 10 },
    { header: 'Titel rechts', key: 'tr', width: 50 },
    { header: 'Score', key: 'score', width: 8, style: { numFmt: '0.00' } },
    { header: 'Herkomst', key: 'herkomst', width: 12 },
    { header: 'Reden', key: 'reden', width: 60 },
    { header: 'Verschillen', key: 'verschillen', width: 70 },
  ];
  const links = perRij(a.rijen.links);
  const rechts = perRij(a.rijen.rechts);
  for (const k of a.gekoppeld) {
    ws.addRow({
      l: k.links,
      tl: links.get(k.links)?.titel,
      r: k.rechts,
      tr: rechts.get(k.rechts)?.titel,
      score: k.score,
      herkomst: k.herkomst,
      reden: k.reden,
      verschillen: k.verschillen.map((v) => `${v.veld}: ${toon(v.veld, v.links)} ↔ ${toon(v.veld, v.rechts)}`).join('; '),
    });
  }
  opmaak(ws);
}

function vulAlleen(ws: ExcelJS.Worksheet, rijnummers: number[], rijen: AansluitRijUit[], titel: string) {
  ws.columns = [
    { header: 'Rij', key: 'rij', width: 8 },
    { header: 'Kenmerk', key: 'kenmerk', width: 18 },
    { header: 'Titel', key: 'titel', width: 60 },
    { header: 'Uitvoeringsorganisatie', key: 'uitvoerder', width: 24 },
    { header: 'Opdrachtgever', key: 'opdrachtgever', width: 24 },
    { header: 'Startdatum', key: 'start', width: 12 },
    { header: 'Einddatum', key: 'eind', width: 12 },
    { header: 'Budget', key: 'budget', width: 16, style: { numFmt: EURO } },
    { header: 'Status', key: 'status', width: 14 },
  ];
  ws.properties.tabColor = { argb: 'FFB00020' };
  const index = perRij(rijen);
  for (const n of rijnummers) {
    const r = index.get(n);
    if (!r) continue;
    ws.addRow({
      rij: r.rij, kenmerk: r.kenmerk, titel: r.titel, uitvoerder: r.uitvoeringsorganisatie, opdrachtgever: r.opdrachtgever,
      start: r.startdatum, eind: r.einddatum, budget: budgetInEuro(r), status: r.status,
    });
  }
  ws.headerFooter.oddHeader = titel;
  opmaak(ws);
}

function opmaak(ws: ExcelJS.Worksheet) {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
}

function perRij(rijen: AansluitRijUit[]): Map<number, AansluitRijUit> {
  return new Map(rijen.map((r) => [r.rij, r]));
}

function budgetInEuro(r: AansluitRijUit): number | null {
  if (r.budgetTotaal !== null) return r.budgetTotaal / 100;
  if (!r.budgetPerJaar) return null;
  return Object.values(r.budgetPerJaar).reduce((a, b) => a + b, 0) / 100;
}

function toon(veld: string, waarde: string | number | null): string {
  if (waarde === null) return '–';
  if ((veld === 'budget' || veld.startsWith('budget.')) && typeof waarde === 'number') {
    return (waarde / 100).toLocaleString('nl-NL', { style: 'currency', currency: 'EUR' });
  }
  return typeof waarde === 'number' ? waarde.toLocaleString('nl-NL') : waarde;
}
