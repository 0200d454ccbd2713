import { parse } from 'csv-parse/sync';
import { BestandFout } from './bestandfout.js';

export interface RuweRij {
  rij: number;
  cells: (string | number | boolean | Date | null)[];
}

const KANDIDATEN = [';', '\t', ',', '|'] as const;

/** Text of a CSV file: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (Excel's "CSV" in NL). */
export function decodeer(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const zonderBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(zonderBom);
  } catch {
    return windows1252(zonderBom);
  }
}

// 0x80–0x9F of Windows-1252 (€, ‚, „, …); Node's decoder of that name gives ISO-8859-1 there.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let tekst = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const stuk = bytes.subarray(i, i + 8192);
    tekst += String.fromCharCode(...stuk).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
  }
  return tekst;
}

/** Occurrences of a delimiter outside quotes, per line of a sample. */
function tellingen(regels: string[], teken: string): number[] {
  return regels.map((regel) => {
    let n = 0;
    let inQuotes = false;
    for (const c of regel) {
      if (c === '"') inQuotes = !inQuotes;
      else if (c === teken && !inQuotes) n++;
    }
    return n;
  });
}

/**
 * The delimiter of a CSV text: the candidate that occurs in the first line and the same number of
 * times in most following lines. A Dutch amount "1.234,56" in a ;-file varies the comma count,
 * so the semicolon wins there.
 */
export function snuffelScheidingsteken(tekst: string): string {
  const regels = tekst.slice(0, 65_536).split('\n', 200).map((r) => r.replace(/\r$/, '')).filter((r) => r.trim() !== '').slice(0, 50);
  if (regels.length === 0) return ';';
  let beste: { teken: string; score: number } = { teken: ';', score: -1 };
  for (const teken of KANDIDATEN) {
    const [kop, ...rest] = tellingen(regels, teken);
    if (!kop) continue;
    const score = rest.length === 0 ? 1 : rest.filter((n) => n === kop).length / rest.length;
    if (score > beste.score) beste = { teken, score };
  }
  return beste.teken;
}

/** Records of a CSV text with the line number each starts on. */
export function leesCsv(bytes: Uint8Array): RuweRij[] {
  const tekst = decodeer(bytes).replace(/\r\n?/g, '\n');
  const delimiter = snuffelScheidingsteken(tekst);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(tekst, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const regel = (error as { lines?: number }).lines;
    throw new BestandFout(
      `Het CSV-bestand is niet te lezen${regel ? ` bij regel ${regel}` : ''}: controleer de aanhalingstekens.`,
      regel ?? null,
    );
  }
  const rijen: RuweRij[] = [];
  let vorigeEinde = 0;
  for (const { record, info } of records) {
    rijen.push({ rij: vorigeEinde + 1, cells: record });
    vorigeEinde = info.lines;
  }
  return rijen;
}
