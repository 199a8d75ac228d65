// Faults, each with counts: the production jar on its own embedded PostgreSQL, as ./test.sh starts
// them. The test starts and kills the backend itself. Run with: node --test deploy/tests/faults.test.mjs
//   JAR            the production jar (quarkus-run.jar)
//   PG_DIR, PG_PORT  the data folder and port of the embedded PostgreSQL (scripts/local-postgres.sh)
//   API_PORT       the port the backend listens on
//   TOKEN          an administrator's access token (local realm, Keycloak on 8180)
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { after, before, test } from 'node:test';

const { JAR, PG_DIR, PG_PORT, API_PORT, TOKEN } = process.env;
const API = `http://127.0.0.1:${API_PORT}`;
const DB = `jdbc:postgresql://127.0.0.1:${PG_PORT}/fabrique`;
const secret = () => Buffer.from(crypto.getRandomValues(new Uint8Array(36))).toString('base64');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = (prefix) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const env = { ...process.env, FABRIQUE_DB_URL: DB, FABRIQUE_DB_USER: 'postgres', FABRIQUE_DB_PASSWORD: secret(), FABRIQUE_PARTICIPATION_SECRET: secret() };
let backend;

function startBackend() {
  const log = fs.openSync(`${PG_DIR}/../faults-backend.log`, 'a');
  backend = spawn(
    process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java',
    [
      `-Dquarkus.http.port=${API_PORT}`,
      '-Dfabrique.demo-data.enabled=true',
      '-Dfabrique.rate-limit.enabled=false',
      '-Dfabrique.participation.rate-limit.per-address=100000',
      '-Dfabrique.participation.rate-limit.per-email=100000',
      '-jar',
      JAR,
    ],
    { env, stdio: ['ignore', log, log] },
  );
  return backend;
}

async function until(ms, what, check) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return Date.now() - start;
    } catch {
      // not yet
    }
    if (Date.now() - start > ms) assert.fail(`${what}: not within ${ms} ms`);
    await sleep(100);
  }
}

const ready = async () => (await fetch(`${API}/q/health/ready`)).status;
const postgres = (...args) => {
  const run = spawnSync('scripts/local-postgres.sh', [...args], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
};
const sql = (query) => {
  const run = spawnSync('psql', ['-XAt', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-d', 'fabrique', '-c', query], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
};

before(async () => {
  startBackend();
  await until(180_000, 'backend ready', async () => (await ready()) === 200);
});

after(() => backend?.kill('SIGKILL'));

/** Creates actors (one row plus three expertise rows each) at about `perSecond` until stopped. */
function writeLoad(perSecond) {
  const results = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const name = unique('Acteur panne ');
      const sent = fetch(`${API}/api/v1/actors`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ name, kind: 'ASSOCIATION', expertise: ['un', 'deux', 'trois'] }),
        signal: AbortSignal.timeout(20_000),
      })
        .then(async (response) => ({ name, status: response.status, type: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), body: await response.json().catch(() => null) }))
        .catch((error) => ({ name, status: 0, error: String(error) }));
      results.push(sent);
      await sleep(1000 / perSecond);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return Promise.all(results);
    },
  };
}

test('PostgreSQL stopped under write load: readiness down, 503 problem with Retry-After, recovery without restart, no acknowledged write lost', async () => {
  const load = writeLoad(10);
  await sleep(3000);
  postgres('stop', PG_DIR);
  const down = await until(10_000, 'readiness down', async () => (await ready()) === 503);
  await sleep(4000);
  postgres('start', PG_DIR, PG_PORT, 'fabrique');
  const up = await until(30_000, 'readiness up again', async () => (await ready()) === 200);
  await sleep(3000);
  const results = await load.stop();
  const acknowledged = results.filter((r) => r.status === 201);
  const unavailable = results.filter((r) => r.status === 503);
  const other = results.filter((r) => r.status !== 201 && r.status !== 503);
  console.log(
    `sent ${results.length}, acknowledged ${acknowledged.length}, 503 ${unavailable.length}, other ${other.length}; readiness down after ${down} ms, up ${up} ms after the restart`,
  );
  assert.deepEqual(other.map((r) => r.status), [], 'only 201 and 503');
  assert.ok(unavailable.length > 0, 'some writes met the outage');
  for (const r of unavailable) {
    assert.equal(r.type, 'application/problem+json');
    assert.ok(Number(r.retryAfter) > 0, 'Retry-After');
    assert.equal(r.body.status, 503);
    assert.doesNotMatch(JSON.stringify(r.body), /Exception|at org\./);
  }
  // The last writes, after the restart, were acknowledged: the backend recovered by itself.
  assert.equal(results.at(-1).status, 201);
  const names = acknowledged.map((r) => `'${r.name}'`).join(',');
  assert.equal(Number(sql(`select count(*) from actor where name in (${names})`)), acknowledged.length, 'every acknowledged write is stored');
});

test('the backend killed with kill -9 under comment load: every acknowledged comment stored whole, no half-written row', async () => {
  const notes = await (await fetch(`${API}/api/v1/notes?size=1`)).json();
  const note = notes.items[0].slug;
  const marker = unique('kill');
  const sent = [];
  let running = true;
  const load = (async () => {
    for (let i = 0; running; i++) {
      const body = `${marker} commentaire ${i} ` + 'texte '.repeat(50);
      sent.push(
        fetch(`${API}/api/v1/notes/${note}/comments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${(i % 250) + 1}` },
          body: JSON.stringify({ authorName: 'Camille', email: `c${i}@example.org`, body, formStartedAt: new Date(Date.now() - 60_000).toISOString() }),
        })
          .then((response) => ({ i, body, status: response.status }))
          .catch(() => ({ i, body, status: 0 })),
      );
      await sleep(50);
    }
  })();
  await sleep(3000);
  backend.kill('SIGKILL');
  await sleep(500);
  running = false;
  await load;
  const results = await Promise.all(sent);
  const acknowledged = results.filter((r) => r.status === 201 || r.status === 202);
  startBackend();
  await until(180_000, 'backend ready after the kill', async () => (await ready()) === 200);
  const stored = sql(`select count(*) from comment where body_html like '${marker} %'`);
  const whole = sql(`select count(*) from comment where body_html like '${marker} %' and body_html like '%texte texte' and email_hash is not null and status is not null`);
  const acknowledgedStored = acknowledged.length === 0 ? 0 : Number(sql(`select count(*) from comment where body_html in (${acknowledged.map((r) => `'${r.body.trim()}'`).join(',')})`));
  console.log(`sent ${results.length}, acknowledged ${acknowledged.length}, stored ${stored} (whole ${whole}), refused by the kill ${results.filter((r) => r.status === 0).length}`);
  assert.ok(acknowledged.length > 10, 'the load ran');
  assert.equal(acknowledgedStored, acknowledged.length, 'every acknowledged comment is stored');
  assert.equal(Number(whole), Number(stored), 'no comment is half-written');
  assert.ok(Number(stored) <= results.length, 'nothing stored twice');
});

test('a database that hangs (a table locked): bounded answers, other endpoints and threads free, recovery', async () => {
  // Warm the caches of an endpoint that does not read the locked table.
  assert.equal((await fetch(`${API}/api/v1/axes`)).status, 200);
  const holder = spawn('psql', ['-XAq', '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres', '-d', 'fabrique', '-c', 'begin; lock table note in access exclusive mode; select pg_sleep(60); commit;']);
  await sleep(1000);
  const started = Date.now();
  const blocked = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      fetch(`${API}/api/v1/notes?size=5&q=mot${i}`, { signal: AbortSignal.timeout(45_000) }).then(async (response) => ({
        status: response.status,
        type: response.headers.get('content-type'),
        ms: Date.now() - started,
      })),
    ).concat(
      (async () => {
        await sleep(500);
        const t = Date.now();
        const live = await fetch(`${API}/q/health/live`);
        const axes = await fetch(`${API}/api/v1/axes`);
        return { side: true, live: live.status, axes: axes.status, ms: Date.now() - t };
      })(),
    ),
  );
  const side = blocked.pop();
  const slowest = Math.max(...blocked.map((r) => r.ms));
  console.log(`40 reads of the locked table: ${blocked.filter((r) => r.status === 503).length} answered 503, slowest after ${slowest} ms; meanwhile liveness ${side.live} and axes ${side.axes} in ${side.ms} ms`);
  for (const r of blocked) {
    assert.equal(r.status, 503, 'a bounded refusal, not a hang');
    assert.equal(r.type, 'application/problem+json');
  }
  // 5 s of lock_timeout, once for the requests that got a connection, again for those that waited
  // for one (a pool of 20): bounded, well before the lock is released.
  assert.ok(slowest < 30_000, 'every answer within 30 s');
  assert.equal(side.live, 200);
  assert.equal(side.axes, 200);
  // Not stuck behind the lock (which holds for 60 s) nor starved of threads: answered in seconds
  // on this 2-core machine busy with the 40 requests above.
  assert.ok(side.ms < 5000, 'other endpoints answer while the table is locked');
  holder.kill('SIGTERM');
  sql("select pg_terminate_backend(pid) from pg_stat_activity where query like '%pg_sleep(60)%' and pid <> pg_backend_pid()");
  await until(10_000, 'notes readable again', async () => (await fetch(`${API}/api/v1/notes?size=5`)).status === 200);
});
