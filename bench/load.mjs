// Load test of the Fabrique read endpoints; run.sh starts the backend and then runs this file.
//
//   node load.mjs --base http://127.0.0.1:18090 --out results [--rate 200] [--duration 30]
//                 [--max-duration 15] [--warmup 15] [--idle-wait 0] [--only coalitions,panorama,search]
//
// For each endpoint:
//   1. warm-up (autocannon, 10 connections, no rate limit; not recorded),
//   1b. one client, one request at a time, 10 s: the service time per path, without queueing,
//   2. constant rate: an open-loop pacer sends one request every 1000/rate ms, whatever the
//      answers do, and measures each latency from the time the request was DUE (so a stall
//      counts for every request it delays; no coordinated omission). This is the figure
//      checked against the target.
//   3. autocannon -R <rate> -c 10 for comparison: autocannon's rate limit is a per-connection
//      budget per second, sent back to back at the start of each second, so it measures bursts
//      of 10 concurrent requests rather than a steady rate (see README.md).
//   4. maximum throughput: autocannon, 10 connections, no rate limit.
// Writes <out>/latest.md and <out>/latest.json; exits 1 when a target is missed, 2 when an
// endpoint does not answer 200.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
const base = new URL(args.base ?? 'http://127.0.0.1:18090');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
  console.error(`Refusing to load ${base.hostname}: loopback only.`);
  process.exit(3);
}
const outDir = args.out ?? 'results';
const rate = Number(args.rate ?? 200);
const duration = Number(args.duration ?? 30);
const maxDuration = Number(args['max-duration'] ?? 15);
const warmup = Number(args.warmup ?? 15);
const only = args.only ? args.only.split(',') : null;
const idleWait = Number(args['idle-wait'] ?? 0);

// Search terms: accents, several words, a very common word, a place, and a word that matches nothing.
const searchTerms = ['éthique', 'communs numériques', 'sobriété', 'Lyon', 'xylophone'];
// Targets: p99 at the constant rate (target, ms) and, where the issue sets one, the maximum
// throughput (minThroughput, requests/s).
const endpoints = [
  { name: 'coalitions', label: 'GET /api/v1/coalitions?page=0&size=20', target: 25, paths: ['/api/v1/coalitions?page=0&size=20'] },
  { name: 'panorama', label: 'GET /api/v1/panorama', target: 50, paths: ['/api/v1/panorama'] },
  { name: 'axes', label: 'GET /api/v1/axes', target: 50, minThroughput: 1000, paths: ['/api/v1/axes'] },
  {
    name: 'lists',
    label: 'GET /api/v1/{actors,events,notes,territories/list}?size=20 (in turn)',
    target: 50,
    minThroughput: 1000,
    paths: ['/api/v1/actors?size=20', '/api/v1/events?size=20', '/api/v1/notes?size=20', '/api/v1/territories/list?size=20'],
  },
  {
    name: 'search',
    label: 'GET /api/v1/search?q=… (5 terms in turn)',
    target: 50,
    paths: searchTerms.map((t) => '/api/v1/search?q=' + encodeURIComponent(t)),
  },
].filter((e) => !only || only.includes(e.name));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// 500 simulated client addresses (documentation ranges, only ever written in a header): the
// backend runs with proxy-address-forwarding, so each counts in its own rate-limit bucket.
const CLIENTS = 500;
const clientAddress = (i) => {
  const n = i % CLIENTS;
  return n < 250 ? `203.0.113.${n + 1}` : `198.51.100.${n - 249}`;
};
const headersFor = (i) => ({ accept: 'application/json', 'x-forwarded-for': clientAddress(i) });

// After a phase that overloaded the backend, wait (at most 90 s) until it answers promptly again.
async function settle(p) {
  await sleep(2000);
  const until = Date.now() + 90000;
  while (Date.now() < until) {
    const t = performance.now();
    const r = await get(p);
    if (r.status === 200 && performance.now() - t < 1000) return;
    await sleep(2000);
  }
}

function percentile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

let getCount = 0;
function get(p) {
  return new Promise((resolve) => {
    const req = http.get({ host: base.hostname, port: base.port, path: p, headers: headersFor(getCount++) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
  });
}

// Open-loop constant-rate load: request n is due at t0 + n * interval.
function paced(paths, ratePerSec, seconds, graceSeconds = 10) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const interval = 1000 / ratePerSec;
  const total = Math.round(ratePerSec * seconds);
  const samples = [];
  const byPath = new Map(paths.map((p) => [p, []]));
  const statuses = {};
  let errors = 0;
  let bytes = 0;
  let completed = 0;
  let lastEnd = 0;
  let aborted = 0;
  const inFlight = new Set();
  const t0 = performance.now() + 20;
  return new Promise((resolve) => {
    let sent = 0;
    const finish = () => {
      completed++;
      if (completed === total) {
        clearTimeout(abortTimer);
        agent.destroy();
        const sorted = Float64Array.from(samples).sort();
        const elapsed = (lastEnd - t0) / 1000;
        resolve({
          sent: total,
          aborted,
          ok: statuses[200] ?? 0,
          statuses,
          errors,
          non2xx: Object.entries(statuses).filter(([s]) => s < 200 || s >= 300).reduce((a, [, n]) => a + n, 0),
          // answered with 2xx per second, from the first due time to the last answer
          reqPerSec: Object.entries(statuses).filter(([s]) => s >= 200 && s < 300).reduce((a, [, n]) => a + n, 0) / elapsed,
          bytesPerReq: bytes / Math.max(1, samples.length),
          p50: percentile(sorted, 0.5),
          p90: percentile(sorted, 0.9),
          p99: percentile(sorted, 0.99),
          max: sorted[sorted.length - 1],
          byPath: Object.fromEntries(
            [...byPath].map(([p, l]) => {
              const s = Float64Array.from(l).sort();
              return [p, { n: s.length, p50: percentile(s, 0.5), p99: percentile(s, 0.99) }];
            })
          ),
        });
      }
    };
    const fire = (n, due) => {
      const p = paths[n % paths.length];
      const fail = () => {
        if (!inFlight.delete(req)) return;
        const end = performance.now();
        errors++;
        // an unanswered request counts with (at least) the time it waited
        samples.push(end - due);
        byPath.get(p).push(end - due);
        lastEnd = Math.max(lastEnd, end);
        finish();
      };
      const req = http.get({ agent, host: base.hostname, port: base.port, path: p, headers: headersFor(n) }, (res) => {
        res.on('error', fail);
        res.on('aborted', fail);
        res.on('data', (c) => (bytes += c.length));
        res.on('end', () => {
          if (!inFlight.delete(req)) return;
          const end = performance.now();
          lastEnd = Math.max(lastEnd, end);
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          samples.push(end - due);
          byPath.get(p).push(end - due);
          finish();
        });
      });
      inFlight.add(req);
      req.setTimeout(10000, () => req.destroy(new Error('timeout')));
      req.on('error', fail);
    };
    // Bounded run: requests still unanswered `graceSeconds` after the last one was due are
    // abandoned (counted as errors, with the time they had waited), so a saturated endpoint
    // cannot keep the test going for minutes.
    const abortTimer = setTimeout(() => {
      for (const req of [...inFlight]) {
        aborted++;
        req.destroy(new Error('abandoned'));
      }
    }, seconds * 1000 + graceSeconds * 1000 + 40);
    const tick = () => {
      const now = performance.now();
      while (sent < total && t0 + sent * interval <= now) {
        fire(sent, t0 + sent * interval);
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, t0 + sent * interval - performance.now()));
    };
    setTimeout(tick, 20);
  });
}

// One client, one request at a time: the service time of each path without queueing.
async function sequential(paths, seconds) {
  const all = [];
  const byPath = new Map(paths.map((p) => [p, []]));
  const until = performance.now() + seconds * 1000;
  for (let n = 0; performance.now() < until; n++) {
    const p = paths[n % paths.length];
    const t = performance.now();
    const r = await get(p);
    const ms = performance.now() - t;
    if (r.status === 200) {
      all.push(ms);
      byPath.get(p).push(ms);
    }
  }
  const stats = (l) => {
    const s = Float64Array.from(l).sort();
    return { n: s.length, p50: percentile(s, 0.5), p99: percentile(s, 0.99) };
  };
  return { ...stats(all), byPath: Object.fromEntries([...byPath].map(([p, l]) => [p, stats(l)])) };
}

function cannon(paths, opts) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base.origin,
        // every connection cycles through CLIENTS requests, each from its own client address
        requests: Array.from({ length: CLIENTS }, (_, i) => ({ method: 'GET', path: paths[i % paths.length], headers: headersFor(i) })),
        connections: 10,
        pipelining: 1,
        timeout: 10,
        ...opts,
      },
      (err, r) => (err ? reject(err) : resolve(r))
    );
  });
}

const summariseCannon = (r) => ({
  reqPerSec: r.requests.average,
  total: r.requests.total,
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
  max: r.latency.max,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});

const fmt = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');

// The machine is shared: wait (bounded) for other work to calm down, and record the load either way.
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
if (idleWait > 0 && os.loadavg()[0] > 1.5) {
  console.log(`-- waiting up to ${idleWait} s for the 1-minute load average (${load()}) to drop below 1.5`);
  const until = Date.now() + idleWait * 1000;
  while (Date.now() < until && os.loadavg()[0] > 1.5) await sleep(5000);
}
const loadAtStart = load();

const results = [];
for (const e of endpoints) {
  const probes = await Promise.all(e.paths.map(get));
  const bad = probes.find((p) => p.status !== 200);
  if (bad) {
    console.log(`!! ${e.label}: answered ${bad.status} (${bad.body.slice(0, 200)}); skipped`);
    results.push({ ...e, missing: true, status: bad.status });
    continue;
  }
  const sizes = probes.map((p) => Buffer.byteLength(p.body));
  const loadBefore = load();
  console.log(`-- ${e.label}: warm-up ${warmup} s`);
  await cannon(e.paths, { duration: warmup });
  await settle(e.paths[0]);
  console.log(`-- ${e.label}: one client, one request at a time, 10 s (service time)`);
  const single = await sequential(e.paths, 10);
  await settle(e.paths[0]);
  console.log(`-- ${e.label}: constant ${rate} req/s for ${duration} s (open loop)`);
  const steady = await paced(e.paths, rate, duration);
  await settle(e.paths[0]);
  console.log(`-- ${e.label}: autocannon -R ${rate} -c 10 for ${duration} s`);
  const burst = summariseCannon(await cannon(e.paths, { duration, overallRate: rate, ignoreCoordinatedOmission: true }));
  await settle(e.paths[0]);
  console.log(`-- ${e.label}: maximum throughput, 10 connections, ${maxDuration} s`);
  const max = summariseCannon(await cannon(e.paths, { duration: maxDuration }));
  await settle(e.paths[0]);
  const passed =
    steady.p99 < e.target &&
    steady.errors === 0 &&
    steady.non2xx === 0 &&
    steady.reqPerSec >= rate * 0.95 &&
    (!e.minThroughput || max.reqPerSec >= e.minThroughput);
  results.push({ name: e.name, label: e.label, target: e.target, minThroughput: e.minThroughput, paths: e.paths, responseBytes: sizes, loadBefore, loadAfter: load(), single, steady, burst, max, passed });
}

// Report ----------------------------------------------------------------------------------------
const cpu = (os.cpus()[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
const header = [
  `Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; load generator, backend and PostgreSQL on the same machine`,
  `Backend: ${process.env.BENCH_BACKEND ?? base.origin}`,
  `Data set: ${process.env.BENCH_DATASET ?? 'bench/seed.sql'}`,
  `Load average (1, 5, 15 min) at start: ${loadAtStart}; at end: ${load()}`,
];
const rows = [
  '| endpoint | target p99 | p50 ms | p90 ms | p99 ms | max ms | 2xx/s | errors / non-2xx | result | autocannon -R p50 / p99 ms | max throughput req/s (p50 / p99 ms) | one client p50 / p99 ms |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const r of results) {
  if (r.missing) {
    rows.push(`| ${r.label} | < ${r.target} ms | – | – | – | – | – | HTTP ${r.status} | MISSING | – | – | – |`);
    continue;
  }
  const s = r.steady;
  rows.push(
    `| ${r.label} | < ${r.target} ms${r.minThroughput ? `, ≥ ${r.minThroughput} req/s max` : ''} | ${fmt(s.p50)} | ${fmt(s.p90)} | ${fmt(s.p99)} | ${fmt(s.max)} | ${fmt(s.reqPerSec)} | ${s.errors} / ${s.non2xx} | ${r.passed ? 'pass' : 'MISS'} | ${fmt(r.burst.p50)} / ${fmt(r.burst.p99)} | ${fmt(r.max.reqPerSec)} (${fmt(r.max.p50)} / ${fmt(r.max.p99)}) | ${fmt(r.single.p50)} / ${fmt(r.single.p99)} |`
  );
}
const details = [];
for (const r of results.filter((x) => !x.missing)) {
  details.push(`- ${r.label}: load average before ${r.loadBefore}, after ${r.loadAfter}; response ${r.responseBytes.map((b) => (b / 1024).toFixed(1) + ' KB').join(', ')}; constant-rate errors ${r.steady.errors} (of which ${r.steady.aborted} abandoned 10 s after the run), statuses ${JSON.stringify(r.steady.statuses)}; max-throughput run ${r.max.total} requests, ${r.max.errors} errors, ${r.max.non2xx} non-2xx`);
  if (r.paths.length > 1) {
    for (const [p, v] of Object.entries(r.steady.byPath)) {
      const one = r.single.byPath[p];
      details.push(`  - \`${decodeURIComponent(p)}\`: constant rate p50 ${fmt(v.p50)} ms, p99 ${fmt(v.p99)} ms (${v.n} requests); one client p50 ${fmt(one.p50)} ms, p99 ${fmt(one.p99)} ms (${one.n} requests)`);
    }
  }
}
const md = [
  '# Fabrique load test: latest run',
  '',
  ...header.map((h) => h + '  '),
  '',
  `Constant rate: ${rate} req/s for ${duration} s per endpoint, open loop, latency counted from the time each request was due. ` +
    `autocannon -R: same rate as autocannon enforces it (per-connection budget per second, 10 connections). ` +
    `Max throughput: autocannon, 10 connections, no rate limit, ${maxDuration} s. ` +
    `One client: one request at a time for 10 s (the service time without queueing). Warm-up: ${warmup} s per endpoint first. ` +
    `2xx/s: answers with status 2xx per second during the constant-rate run; errors include requests abandoned 10 s after the run.`,
  '',
  ...rows,
  '',
  ...details,
  '',
].join('\n');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'latest.md'), md);
fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify({ header, rate, duration, maxDuration, warmup, results }, null, 2) + '\n');

console.log('\n' + rows.join('\n') + '\n');
console.log(details.join('\n'));
if (results.some((r) => r.missing)) process.exit(2);
process.exit(results.every((r) => r.passed) ? 0 : 1);
