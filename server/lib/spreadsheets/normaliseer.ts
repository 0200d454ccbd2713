const diacritics = /[\u0300-\u036f]/g;

/** Lower case, no accents, punctuation as spaces, single spaces: "Begroting (€) 2027" → "begroting eur 2027". */
export function normaliseer(text: string): string {
  return text
    .normalize('NFD')
    .replace(diacritics, '')
    .toLowerCase()
    .replace(/€/g, ' eur ')
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function kolomLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** How a raw value reads in a message: quoted text, a number as is, a date as ISO. */
export function toon(raw: unknown): string {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? "'ongeldige datum'" : `'${raw.toISOString().slice(0, 10)}'`;
  if (typeof raw === 'string') return `'${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}'`;
  return `'${String(raw)}'`;
}
