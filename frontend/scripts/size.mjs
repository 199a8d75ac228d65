// Builds the app, then measures the gzip size of the JavaScript the panorama (home page) loads:
// the entry chunk, its static imports, and the panorama route chunk with its static imports (the
// built index.html has no inline script: the Content-Security-Policy forbids them).
// Fails above the budget.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const PANORAMA_ROUTE = 'src/app/routes/panorama.tsx';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('No entry chunk in the Vite manifest');
if (!manifest[PANORAMA_ROUTE]) throw new Error(`${PANORAMA_ROUTE} is not a chunk of its own`);
collect(entryKey);
collect(PANORAMA_ROUTE);

let total = 0;
for (const file of [...files].filter((name) => name.endsWith('.js'))) {
  const size = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} kB  ${file}`);
}
const totalKb = total / 1024;
console.log(
  `${totalKb.toFixed(1).padStart(8)} kB  panorama initial JS (gzip), budget ${BUDGET_KB} kB`,
);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB`);
  process.exitCode = 1;
}
