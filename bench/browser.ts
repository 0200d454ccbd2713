import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Scale } from './generate.js';
import { ROOT } from './processes.js';
import type { BrowserResult } from './report.js';
import type { DbKind, Target } from './targets.js';

export interface BrowserBenchOptions {
  scale: Scale;
  serverUrl: string | null;
  newTarget: (kind: DbKind, serverUrl: string | null) => Promise<Target>;
  isRequired: boolean;
  appEnvExtra: Record<string, string>;
}

/** The browser benchmark on the built web app; skipped (or failing with --browser yes) without dist/web. */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserResult[]> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    if (options.isRequired) throw new Error('dist/web ontbreekt: eerst npm run build:web');
    console.log('\nBrowsermeting overgeslagen: dist/web bestaat (nog) niet.');
    return [];
  }
  return [];
}
