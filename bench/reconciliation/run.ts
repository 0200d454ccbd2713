/**
 * `npx tsx bench/reconciliation/run.ts [--groottes 1000,20000] [--seed 4]` (also part of `npm run bench`): quality (precision, recall,
 * F1 of the pairs) and speed of the aansluiting engine on generated labelled lists; prints a
 * Markdown table. Issue 4's targets: precision and recall ≥ 0.97, 20 000 × 20 000 under 10 s.
 */
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type AansluitMeting, meetAansluiting } from './meet.js';

export const DOELEN = { precision: 0.97, recall: 0.97, msBij20000: 10_000 };

/** Runs the measurements and returns the report as Markdown (for bench/run.ts and the CLI below). */
export function aansluitingRapport(groottes: number[] = [1_000, 20_000], seed = 4): { metingen: AansluitMeting[]; markdown: string } {
  const metingen = groottes.map((g) => meetAansluiting(g, seed));
  const regels = [
    `## Aansluiting (reconciliation) — seed ${seed}, ${cpus().length} cores, Node ${process.version}`,
    '',
    '| rows per list | left | right | true pairs | proposed | precision | recall | F1 | time |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...metingen.map((m) =>
      `| ${m.grootte.toLocaleString('en-US')} | ${m.rijenLinks} | ${m.rijenRechts} | ${m.paren} | ${m.voorgesteld} | ${m.precision.toFixed(4)} | ${m.recall.toFixed(4)} | ${m.f1.toFixed(4)} | ${(m.ms / 1000).toFixed(2)} s |`),
    '',
    `Targets: precision and recall ≥ ${DOELEN.precision}, 20 000 × 20 000 under ${DOELEN.msBij20000 / 1000} s.`,
    '',
    '| difficulty (true pairs that have it) | ' + metingen.map((m) => `recall at ${m.grootte.toLocaleString('en-US')}`).join(' | ') + ' |',
    '| --- | ' + metingen.map(() => '---:').join(' | ') + ' |',
    ...Object.keys(metingen[metingen.length - 1]?.recallPerMoeilijkheid ?? {}).sort().map((m) =>
      `| ${m} | ` + metingen.map((x) => {
        const r = x.recallPerMoeilijkheid[m as keyof AansluitMeting['recallPerMoeilijkheid']];
        return r ? `${r.recall.toFixed(3)} (${r.paren})` : '–';
      }).join(' | ') + ' |'),
  ];
  return { metingen, markdown: regels.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { groottes: { type: 'string', default: '1000,20000' }, seed: { type: 'string', default: '4' } } });
  const groottes = values.groottes!.split(',').map(Number);
  const { metingen, markdown } = aansluitingRapport(groottes, Number(values.seed));
  console.log(markdown);
  const gehaald = metingen.every((m) => m.precision >= DOELEN.precision && m.recall >= DOELEN.recall && (m.grootte < 20_000 || m.ms < DOELEN.msBij20000));
  process.exitCode = gehaald ? 0 : 1;
}
