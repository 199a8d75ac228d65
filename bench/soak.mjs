// Soak: mixed reads and writes at a constant rate for a long time against a running backend, with
// its resident memory sampled. Passes when no request failed and the RSS at the last minute is
// within 10 % of the RSS at minute 2 (after start-up and warm-up). Started by bench/soak.sh.
//   SOAK_API (the backend), SOAK_PID (its process), SOAK_RATE (requests/s, default 100),
//   SOAK_MINUTES (default 10), SOAK_WARMUP (seconds, default 60), SOAK_OUT (a Markdown file)
import fs from 'node:fs';

const API = process.env.SOAK_API;
const PID = process.env.SOAK_PID;
const RATE = Number(process.env.SOAK_RATE ?? 100);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const OUT = process.env.SOAK_OUT;

const rss = () => Number(fs.readFileSync(`/proc/${PID}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;
const notes = (await (await fetch(`${API}/api/v1/notes?size=20`)).json()).items.map((n) => n.slug);
const coalitions = (await (await fetch(`${API}/api/v1/coalitions?size=20`)).json()).items.map((c) => c.slug);
const words = ['ethique', 'communs', 'numerique', 'territoire', 'formation', 'donnees', 'sobriete'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];
let sequence = 0;

/** One request of the mix: 80 % reads of seven kinds, 20 % comments (anonymous, published or held). */
function next() {
  const n = sequence++;
  const roll = Math.random();
  if (roll < 0.2) {
    return {
      kind: 'comment',
      url: `${API}/api/v1/notes/${pick(notes)}/comments`,
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${(n % 250) + 1}` },
        body: JSON.stringify({
          authorName: 'Soak',
          email: `soak${n % 5000}@example.org`,
          body: `Commentaire d'endurance ${n}`,
          formStartedAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      },
    };
  }
  const reads = [
    ['panorama', '/api/v1/panorama'],
    ['coalitions', `/api/v1/coalitions?size=20&page=${n % 5}`],
    ['coalition', `/api/v1/coalitions/${pick(coalitions)}`],
    ['search', `/api/v1/search?q=${pick(words)}`],
    ['notes', `/api/v1/notes?size=20&page=${n % 3}`],
    ['note', `/api/v1/notes/${pick(notes)}`],
    ['comments', `/api/v1/notes/${pick(notes)}/comments`],
  ];
  const [kind, path] = reads[n % reads.length];
  return { kind, url: `${API}${path}`, init: {} };
}

// Warm-up (not counted): the rate rises from 10 % to the full rate over SOAK_WARMUP seconds, so
// that the JIT compiles the code paths before the measured minutes, as a deployment warms up
// behind a load balancer's slow start.
const WARMUP = Number(process.env.SOAK_WARMUP ?? 60);
{
  const warmupEnd = Date.now() + WARMUP * 1000;
  const warming = [];
  while (Date.now() < warmupEnd) {
    const progress = 1 - (warmupEnd - Date.now()) / (WARMUP * 1000);
    const request = next();
    warming.push(fetch(request.url, { ...request.init, signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer()).catch(() => null));
    await new Promise((resolve) => setTimeout(resolve, 1000 / (RATE * (0.1 + 0.9 * progress))));
  }
  await Promise.allSettled(warming);
}

const perMinute = [];
const failures = {};
let inFlight = 0;
const start = Date.now();
const end = start + MINUTES * 60_000;
let due = start;
const samples = [];
const sampler = setInterval(() => samples.push({ at: (Date.now() - start) / 60_000, rss: rss() }), 10_000);
const pending = [];

while (Date.now() < end) {
  const request = next();
  const dueAt = due;
  const minute = Math.floor((dueAt - start) / 60_000);
  perMinute[minute] ??= { sent: 0, ok: 0, failed: 0, latencies: [] };
  perMinute[minute].sent++;
  inFlight++;
  pending.push(
    fetch(request.url, { ...request.init, signal: AbortSignal.timeout(10_000) })
      .then(async (response) => {
        await response.arrayBuffer();
        const ok = response.status >= 200 && response.status < 300;
        perMinute[minute][ok ? 'ok' : 'failed']++;
        if (!ok) failures[`${request.kind} ${response.status}`] = (failures[`${request.kind} ${response.status}`] ?? 0) + 1;
      })
      .catch((error) => {
        perMinute[minute].failed++;
        const key = `${request.kind} ${error.name}`;
        failures[key] = (failures[key] ?? 0) + 1;
      })
      .finally(() => {
        inFlight--;
        perMinute[minute].latencies.push(Date.now() - dueAt);
      }),
  );
  if (pending.length > 5000) pending.splice(0, 4000);
  due += 1000 / RATE;
  const wait = due - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
await Promise.allSettled(pending);
clearInterval(sampler);

const p = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const rssAt = (minute) => samples.filter((s) => s.at >= minute - 0.2 && s.at <= minute + 0.2).map((s) => s.rss)[0] ?? samples.at(-1).rss;
const rss2 = rssAt(2);
const rssLast = samples.at(-1).rss;
const growth = (rssLast - rss2) / rss2;
const sent = perMinute.reduce((s, m) => s + m.sent, 0);
const failed = perMinute.reduce((s, m) => s + m.failed, 0);
const lines = [
  `Soak: ${MINUTES} min at ${RATE} requests/s (80 % reads of seven kinds, 20 % comments) after a ${WARMUP} s warm-up, ${sent} requests, ${failed} failed.`,
  '',
  '| minute | sent | ok | failed | p50 ms | p99 ms | RSS MiB (end of minute) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...perMinute.map((m, i) => {
    const r = samples.filter((s) => s.at <= i + 1).at(-1)?.rss ?? 0;
    return `| ${i + 1} | ${m.sent} | ${m.ok} | ${m.failed} | ${p(m.latencies, 0.5)} | ${p(m.latencies, 0.99)} | ${r.toFixed(0)} |`;
  }),
  '',
  `RSS at minute 2: ${rss2.toFixed(0)} MiB; at the end: ${rssLast.toFixed(0)} MiB (${(growth * 100).toFixed(1)} %).`,
  `Failures: ${JSON.stringify(failures)}`,
];
console.log(lines.join('\n'));
if (OUT) fs.writeFileSync(OUT, lines.join('\n') + '\n');
process.exit(failed === 0 && Math.abs(growth) <= 0.1 ? 0 : 1);
