// Runs the Logius NL GOV API Design Rules linter (Spectral) on the app's OpenAPI document.
// Usage: npm run lint:api -- <path to nlgov-adr-linter.yaml>   (default ../shared/standards/…)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ruleset = resolve(process.argv[2] ?? join(root, '..', 'shared', 'standards', 'nlgov-adr-linter.yaml'));
mkdirSync(join(root, 'dist'), { recursive: true });
const doc = join(root, 'dist', 'openapi.json');
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/openapi-dump.ts'), doc], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js'), 'lint', '--fail-severity', 'error', '-r', ruleset, doc], { stdio: 'inherit', cwd: root });
