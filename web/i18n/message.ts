import type { Taal } from './format.js';

export type Values = Record<string, string | number>;

const pluralRules = new Map<Taal, Intl.PluralRules>();

/**
 * Fills a catalogue text: `{naam}` takes a value, `{aantal, plural, one {# fout} other {# fouten}}`
 * picks a form by the language's plural rules (the ICU MessageFormat subset we need).
 */
export function formatMessage(text: string, values: Values | undefined, taal: Taal): string {
  if (!values) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    out += text.slice(i, open);
    const close = matchingBrace(text, open);
    out += fill(text.slice(open + 1, close), values, taal);
    i = close + 1;
  }
  return out + text.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return text.length - 1;
}

function fill(expr: string, values: Values, taal: Taal): string {
  const [name = '', kind, ...rest] = expr.split(',');
  const value = values[name.trim()];
  if (kind?.trim() !== 'plural') return value === undefined ? `{${expr}}` : String(value);
  const count = Number(value ?? 0);
  const forms = parseForms(rest.join(','));
  let rules = pluralRules.get(taal);
  if (!rules) pluralRules.set(taal, (rules = new Intl.PluralRules(taal === 'nl' ? 'nl-NL' : 'en-GB')));
  const chosen = forms[`=${count}`] ?? forms[rules.select(count)] ?? forms.other ?? '';
  return chosen.replace(/#/g, new Intl.NumberFormat(taal === 'nl' ? 'nl-NL' : 'en-GB').format(count));
}

function parseForms(spec: string): Record<string, string> {
  const forms: Record<string, string> = {};
  const re = /\s*(=?\w+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(spec, open);
    forms[m[1]!] = spec.slice(open + 1, close);
    re.lastIndex = close + 1;
  }
  return forms;
}
