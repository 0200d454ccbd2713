#!/usr/bin/env node
// The `driehoek` command (package.json "bin"). Node 20 cannot run the TypeScript sources, so
// this first builds the server when it is missing or stale (the same check as `npm start`), with
// the build messages on stderr so that output meant for scripts (`user list --json`) stays clean.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'ensure-built.mjs'), '--server'], {
    cwd: root,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
} catch {
  process.stderr.write('driehoek: de server kon niet worden gebouwd (zie de meldingen hierboven).\n');
  process.exit(1);
}
await import(pathToFileURL(join(root, 'dist', 'server', 'main.js')).href);
