// The partner's example mirror (scripts/partner-sync.mjs) against a running backend that serves
// the demo data. Run with: node --test deploy/tests/partner-sync.test.mjs
//   FABRIQUE_API_URL  the backend (e.g. http://127.0.0.1:18700), demo data loaded, nothing else writing
//   TOKEN             an administrator's access token (writes: one change and one deletion)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LISTS, countFiles } from '../../scripts/partner-sync.mjs';

const API = (process.env.FABRIQUE_API_URL ?? '').replace(/\/$/, '');
const { TOKEN } = process.env;
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/partner-sync.mjs');
const run = promisify(execFile);
const unique = (prefix) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function sync(dir) {
  const { stdout } = await run(process.execPath, [SCRIPT, '--api', API, '--dir', dir], { env: { ...process.env, FABRIQUE_TOKEN: '' } });
  const lines = stdout.trim().split('\n');
  return {
    lines,
    fetched: lines.filter((l) => l.startsWith('fetched ')).map((l) => l.slice('fetched '.length)),
    deleted: lines.filter((l) => l.startsWith('deleted ')).map((l) => l.slice('deleted '.length)),
  };
}

async function total(type) {
  const { list, unpaged } = LISTS[type];
  const body = await (await fetch(`${API}${list}${unpaged ? '' : '?size=1'}`)).json();
  return unpaged ? body.length : body.totalItems;
}

const write = (method, path, body) =>
  fetch(`${API}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

test('mirrors the demo data, then fetches only one change and one deletion', async () => {
  assert.ok(API, 'FABRIQUE_API_URL is required');
  assert.ok(TOKEN, 'TOKEN is required');
  const dir = await mkdtemp(join(tmpdir(), 'fabrique-mirror-'));
  try {
    const first = await sync(dir);
    assert.match(first.lines.at(-1), /^full load: \d+ files/);
    const counts = await countFiles(dir);
    for (const type of Object.keys(LISTS)) {
      assert.equal(counts[type], await total(type), `${type}: files in the mirror vs the API's total`);
    }
    assert.ok(counts.coalition > 0 && counts.axis > 0 && counts.resource > 0, JSON.stringify(counts));

    // Nothing changed: the second run reads the feed and touches nothing.
    const idle = await sync(dir);
    assert.deepEqual([idle.fetched, idle.deleted], [[], []], idle.lines.join('\n'));

    // One change (an axis's description) and one deletion (a toolbox resource).
    const axes = await (await fetch(`${API}/api/v1/axes`)).json();
    const axis = axes[0];
    const description = `Décrit pour la synchronisation ${unique('')}`;
    const put = await write('PUT', `/api/v1/axes/${axis.slug}`, {
      slug: axis.slug,
      name: axis.name,
      description,
      colour: axis.colour,
      position: axis.position,
    });
    assert.equal(put.status, 200, await put.text());
    const resources = await (await fetch(`${API}/api/v1/resources?size=1`)).json();
    const resource = resources.items[0].slug;
    const removed = await write('DELETE', `/api/v1/resources/${resource}`);
    assert.equal(removed.status, 204, await removed.text());

    const next = await sync(dir);
    assert.deepEqual(next.fetched, [`axis/${axis.slug}`], next.lines.join('\n'));
    assert.deepEqual(next.deleted, [`resource/${resource}`], next.lines.join('\n'));
    const mirrored = JSON.parse(await readFile(join(dir, 'axis', `${axis.slug}.json`), 'utf8'));
    assert.equal(mirrored.description, description);
    await assert.rejects(stat(join(dir, 'resource', `${resource}.json`)), { code: 'ENOENT' });
    const after = await countFiles(dir);
    for (const type of Object.keys(LISTS)) {
      assert.equal(after[type], await total(type), `${type} after the change and the deletion`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
