// Builds what is not built yet, or is older than its sources, so `npm start` always runs
// current code without building on every start.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules') walk(join(p, entry));
    } else if (s.mtimeMs > newest) newest = s.mtimeMs;
  };
  paths.forEach((p) => walk(join(root, p)));
  return newest;
}

function stampTime(name) {
  const p = join(root, 'dist', `.built-${name}`);
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function build(name, label, command, args, sources) {
  if (stampTime(name) >= newestMtime(sources)) return;
  const started = Date.now();
  process.stdout.write(`Bouwen: ${label}…\n`);
  execFileSync(process.execPath, [join(root, command), ...args], { cwd: root, stdio: 'inherit' });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', `.built-${name}`), new Date().toISOString());
  process.stdout.write(`Gebouwd: ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

build('server', 'server', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.server.json'], ['server', 'common', 'tsconfig.json', 'tsconfig.server.json', 'package.json']);
// `--server` (the driehoek command) builds only the server: a CLI command needs no web app.
if (!process.argv.includes('--server') && existsSync(join(root, 'web', 'index.html'))) {
  build('web', 'web-app', 'node_modules/vite/bin/vite.js', ['build', '--logLevel', 'warn'], ['web', 'common', 'vite.config.ts', 'package.json']);
}
