// Two backend replicas on one PostgreSQL behind nginx (deploy/nginx-api.conf.template), as
// ./test.sh starts them. Run with: node --test deploy/tests/scale-out.test.mjs
//   REPLICA_A, REPLICA_B   the replicas' own addresses (to pick the replica that serves a request)
//   PROXY                  nginx in front of both (round robin)
//   REPLICA_B_PID          the process killed with SIGKILL under load
//   TOKEN                  an administrator's access token (local realm)
//   SUBMISSIONS_PER_ADDRESS  the participation limit per client address the replicas run with
import assert from 'node:assert/strict';
import { test } from 'node:test';

const A = process.env.REPLICA_A;
const B = process.env.REPLICA_B;
const PROXY = process.env.PROXY;
const TOKEN = process.env.TOKEN;
const PER_ADDRESS = Number(process.env.SUBMISSIONS_PER_ADDRESS);
const unique = (prefix) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

const json = (body, headers = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
  body: JSON.stringify(body),
});

async function within(ms, what, check) {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) assert.fail(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('a write on one replica is found by search and shown by the panorama of the other within 1 s', async () => {
  const word = unique('scaleout');
  // Warm the other replica's caches first, so that freshness is what is measured.
  await fetch(`${B}/api/v1/panorama`);
  await fetch(`${B}/api/v1/search?q=${word}`);
  // Axes are not searchable: the panorama is checked with an axis, search with an actor.
  const created = await fetch(`${A}/api/v1/axes`, json({ name: `Axe ${word}`, colour: '#123456', position: 99 }));
  assert.equal(created.status, 201);
  const shown = await within(1000, 'panorama on the other replica', async () => {
    const response = await fetch(`${B}/api/v1/panorama`);
    return (await response.json()).axes.some((axis) => axis.name === `Axe ${word}`);
  });
  const actor = await fetch(`${A}/api/v1/actors`, json({ name: `Acteur ${word}`, kind: 'ASSOCIATION' }));
  assert.equal(actor.status, 201);
  const found = await within(1000, 'search on the other replica', async () => {
    const response = await fetch(`${B}/api/v1/search?q=${word}`);
    return (await response.json()).totalItems === 1;
  });
  console.log(`panorama after ${shown} ms, search after ${found} ms`);
});

test('concurrent edits carrying the same ETag: one succeeds, the others get 412', async () => {
  const slug = unique('axe-');
  const created = await fetch(`${A}/api/v1/axes`, json({ slug, name: `Axe ${slug}`, colour: '#654321', position: 98 }));
  assert.equal(created.status, 201);
  const read = await fetch(`${PROXY}/api/v1/axes/${slug}`);
  const etag = read.headers.get('etag');
  const view = await read.json();
  const edits = Array.from({ length: 8 }, (_, i) =>
    fetch(`${i % 2 === 0 ? A : B}/api/v1/axes/${slug}`, {
      ...json({ name: view.name, colour: view.colour, position: view.position, description: `Édition ${i}` }, { 'If-Match': etag }),
      method: 'PUT',
    }).then((response) => response.status),
  );
  const statuses = await Promise.all(edits);
  assert.equal(statuses.filter((s) => s === 200).length, 1, `statuses ${statuses}`);
  assert.equal(statuses.filter((s) => s === 412).length, 7, `statuses ${statuses}`);
});

test('submission limits are shared by the replicas', async () => {
  const notes = await (await fetch(`${PROXY}/api/v1/notes?size=1`)).json();
  const note = notes.items[0].slug;
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const statuses = [];
  for (let i = 0; i <= PER_ADDRESS; i++) {
    const response = await fetch(`${i % 2 === 0 ? A : B}/api/v1/notes/${note}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({
        authorName: 'Camille',
        email: `${unique('c')}@example.org`,
        body: `Commentaire ${i} ${unique('t')}`,
        formStartedAt: new Date(Date.now() - 10_000).toISOString(),
      }),
    });
    statuses.push(response.status);
  }
  assert.deepEqual(statuses, [...Array(PER_ADDRESS).fill(201), 429], `statuses ${statuses}`);
});

test('a replica killed with SIGKILL under write load: nginx fails over, no acknowledged write is lost', async () => {
  const run = unique('load');
  const acknowledged = [];
  const failures = {};
  let sent = 0;
  let killed = false;
  // 4 writers at 4 requests a second each: under nginx's limit of 20 a second per address.
  const deadline = Date.now() + 10_000;
  const worker = async (w) => {
    for (let i = 0; Date.now() < deadline; i++) {
      const pace = new Promise((resolve) => setTimeout(resolve, 250));
      const name = `Acteur ${run} ${w}-${i}`;
      sent++;
      if (!killed && sent >= 60) {
        killed = true;
        process.kill(Number(process.env.REPLICA_B_PID), 'SIGKILL');
      }
      try {
        const response = await fetch(`${PROXY}/api/v1/actors`, json({ name, kind: 'ASSOCIATION' }));
        if (response.status === 201) acknowledged.push((await response.json()).slug);
        else failures[response.status] = (failures[response.status] ?? 0) + 1;
      } catch (error) {
        failures[error.cause?.code ?? 'network'] = (failures[error.cause?.code ?? 'network'] ?? 0) + 1;
      }
      await pace;
    }
  };
  await Promise.all([0, 1, 2, 3].map(worker));
  assert.ok(killed, 'the replica was killed');
  const failed = Object.values(failures).reduce((a, b) => a + b, 0);
  // Requests in flight on the killed replica may fail (never acknowledged); the rest go on.
  assert.ok(failed <= 8, `failures ${JSON.stringify(failures)}`);
  assert.ok(acknowledged.length >= 100, `only ${acknowledged.length} writes acknowledged`);
  const missing = [];
  for (const slug of acknowledged) {
    if ((await fetch(`${A}/api/v1/actors/${slug}`)).status !== 200) missing.push(slug);
  }
  assert.deepEqual(missing, [], 'acknowledged writes missing');
  const stored = (await (await fetch(`${A}/api/v1/actors?q=${run}&size=1`)).json()).totalItems;
  console.log(
    `sent ${sent}, acknowledged ${acknowledged.length}, all of them stored (${stored} rows); ` +
      `refused or lost in flight: ${JSON.stringify(failures)}`,
  );
});
