// Comment write benchmark: N concurrent commenters post comments on one note for D seconds.
// comments.sh starts the backend and then runs this file.
//
//   node comments.mjs --base http://127.0.0.1:18090 --note <slug> --db fabrique_bench
//                     [--commenters 50] [--duration 60] [--out results]
//
// Each commenter is a closed loop: it posts a comment, waits for the answer, posts the next one.
// Every comment comes from a new visitor (its own e-mail and, through X-Forwarded-For, its own
// address), as on a busy note, so the per-address and per-e-mail limits (10 and 5 per 10 min) do
// not turn the run into a stream of 429s; the whole anti-spam path runs for each comment
// (honeypot, minimum fill time, links, blocklist, duplicates, first contribution held, rate-limit
// counters). The honeypot is empty and the form was "shown" 10 s before.
//
// Afterwards the database is read (psql) to check that nothing was lost or duplicated: every id
// answered with 201 is stored exactly once with its body, and no other row carries the run's
// marker. Writes <out>/comments-latest.md and .json; exits 1 when a check fails.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
const base = new URL(args.base ?? 'http://127.0.0.1:18090');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
  console.error(`Refusing to load ${base.hostname}: loopback only.`);
  process.exit(3);
}
const note = args.note;
const db = args.db ?? 'fabrique_bench';
const commenters = Number(args.commenters ?? 50);
const duration = Number(args.duration ?? 60);
const outDir = args.out ?? 'results';
if (!note) {
  console.error('--note <slug> is required');
  process.exit(3);
}
const marker = `bench${Date.now().toString(36)}`;
const commentsPath = `/api/v1/notes/${encodeURIComponent(note)}/comments`;

function percentile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

// Visitor n: an address of 10.0.0.0/8 (only ever written in a header) and an e-mail of its own.
const visitorAddress = (n) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: commenters });

function post(n, commenter) {
  const payload = JSON.stringify({
    authorName: `Commenter ${commenter}`,
    email: `visitor-${n}.${marker}@example.org`,
    body: `${marker}-${n} Merci pour ce <b>compte rendu</b>, commentaire ${n}.`,
    url: '',
    formStartedAt: new Date(Date.now() - 10_000).toISOString(),
  });
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: commentsPath,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-forwarded-for': visitorAddress(n),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ n, status: res.statusCode, body, ms: performance.now() - started }));
      }
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ n, status: 0, body: String(e), ms: performance.now() - started }));
    req.end(payload);
  });
}

async function commenter(id, until, results, next) {
  while (performance.now() < until) {
    results.push(await post(next(), id));
  }
}

function psql(sql) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-X', '-At', '-F', '\t', '-d', db, '-c', sql], {
    encoding: 'utf8',
  }).trim();
}

const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`${commenters} commenters for ${duration} s on ${commentsPath} (load average ${load}, marker ${marker})`);
const results = [];
let counter = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: commenters }, (_, i) => commenter(i + 1, t0 + duration * 1000, results, () => counter++))
);
const elapsed = (performance.now() - t0) / 1000;
agent.destroy();

const statuses = {};
for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
const created = results.filter((r) => r.status === 201);
const byStatus = {};
const answeredIds = [];
for (const r of created) {
  const json = JSON.parse(r.body);
  answeredIds.push(json.id);
  byStatus[json.status] = (byStatus[json.status] ?? 0) + 1;
}
const sorted = Float64Array.from(results.map((r) => r.ms)).sort();
const sortedCreated = Float64Array.from(created.map((r) => r.ms)).sort();

// What the database holds for this run.
const rows = psql(
  `select id, substring(body_html from '${marker}-([0-9]+) ') from comment where body_html like '${marker}-%' order by id`
)
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t').map(Number));
const storedIds = new Set(rows.map(([id]) => id));
const storedNumbers = rows.map(([, n]) => n);
const lost = answeredIds.filter((id) => !storedIds.has(id));
const unexpected = rows.length - answeredIds.length;
const duplicateNumbers = storedNumbers.length - new Set(storedNumbers).size;
const duplicateIds = answeredIds.length - new Set(answeredIds).size;
const serverErrors = Object.entries(statuses)
  .filter(([s]) => Number(s) >= 500 || Number(s) === 0)
  .reduce((a, [, c]) => a + c, 0);

const checks = [
  ['no 5xx and no transport error', serverErrors === 0, `${serverErrors}`],
  ['every answered comment is stored (none lost)', lost.length === 0, `${lost.length} lost`],
  ['no row without an answer (none duplicated)', unexpected === 0, `${unexpected} extra rows`],
  ['no comment stored twice', duplicateNumbers === 0 && duplicateIds === 0, `${duplicateNumbers} repeated bodies, ${duplicateIds} repeated ids`],
];
const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : '-');
const summary = {
  date: new Date().toISOString(),
  host: `${os.cpus().length} cores, load average before ${load}`,
  backend: process.env.BENCH_BACKEND ?? '',
  commenters,
  duration,
  sent: results.length,
  statuses,
  commentStatuses: byStatus,
  perSecond: created.length / elapsed,
  latencyMs: { p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] },
  createdLatencyMs: { p50: percentile(sortedCreated, 0.5), p99: percentile(sortedCreated, 0.99) },
  stored: rows.length,
  checks: checks.map(([what, ok, detail]) => ({ what, ok, detail })),
};
const md = [
  `# Comment POST benchmark (${summary.date})`,
  '',
  `- backend: ${summary.backend}`,
  `- machine: ${summary.host}, load average after ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  `- ${commenters} concurrent commenters (closed loop, one new visitor per comment) for ${duration} s on \`POST ${commentsPath}\``,
  '',
  '| sent | 201 | statuses | comments/s | p50 | p90 | p99 | max | stored |',
  '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${results.length} | ${created.length} | ${Object.entries(statuses).map(([s, c]) => `${s}: ${c}`).join(', ')} | ${summary.perSecond.toFixed(1)} | ${fmt(summary.latencyMs.p50)} ms | ${fmt(summary.latencyMs.p90)} ms | ${fmt(summary.latencyMs.p99)} ms | ${fmt(summary.latencyMs.max)} ms | ${rows.length} |`,
  '',
  `Comment statuses given: ${Object.entries(byStatus).map(([s, c]) => `${s} ${c}`).join(', ') || 'none'}.`,
  '',
  ...checks.map(([what, ok, detail]) => `- ${ok ? 'ok  ' : 'FAIL'} ${what} (${detail})`),
  '',
].join('\n');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'comments-latest.md'), md);
fs.writeFileSync(path.join(outDir, 'comments-latest.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(md);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
