#!/usr/bin/env node
// Mirrors Fabrique's public data into a directory of JSON files, as a partner platform would.
// Node 20, no dependencies (fetch API).
//
//   node scripts/partner-sync.mjs [--api URL] [--dir DIR]
//     --api / FABRIQUE_API_URL   the API's address (default http://localhost:8080)
//     --dir / MIRROR_DIR         the mirror (default ./mirror)
//     FABRIQUE_TOKEN             optional bearer token (a partner's client-credentials token)
//
// First run (no DIR/.sync-state.json): take the head of the changes feed, then load every list
// and write one file per resource, DIR/<type>/<slug>.json (testimonies: <id>.json), holding the
// resource's own view (GET of its address). Later runs: read the changes feed after the saved
// cursor, re-fetch what was created or updated (once per resource, whatever the number of its
// changes), delete what was deleted, and save the new cursor. A membership or territorial
// coalition change re-fetches its coalition, whose view embeds them. A 410 answer (cursor older
// than the feed's retention) starts a full reload. Prints one line per file written or removed,
// then a summary.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const API = option('api', process.env.FABRIQUE_API_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const DIR = option('dir', process.env.MIRROR_DIR ?? './mirror');
const TOKEN = process.env.FABRIQUE_TOKEN;
const STATE = join(DIR, '.sync-state.json');

// Every public list, by the type names of the changes feed.
export const LISTS = {
  axis: { list: '/api/v1/axes', unpaged: true, item: (i) => `/api/v1/axes/${i.slug}` },
  territory: { list: '/api/v1/territories/list', item: (i) => `/api/v1/territories/${i.slug}` },
  actor: { list: '/api/v1/actors', item: (i) => `/api/v1/actors/${i.slug}` },
  person: { list: '/api/v1/people', item: (i) => `/api/v1/people/${i.slug}` },
  coalition: { list: '/api/v1/coalitions', item: (i) => `/api/v1/coalitions/${i.slug}` },
  resource: { list: '/api/v1/resources', item: (i) => `/api/v1/resources/${i.slug}` },
  initiative: { list: '/api/v1/initiatives', item: (i) => `/api/v1/initiatives/${i.slug}` },
  event: { list: '/api/v1/events', item: (i) => `/api/v1/events/${i.slug}` },
  note: { list: '/api/v1/notes', item: (i) => `/api/v1/notes/${i.slug}` },
  testimony: { list: '/api/v1/testimonies', item: (i) => `/api/v1/testimonies/${i.id}` },
};
// Changes of these types are changes of their coalition's view.
const PARTS_OF_COALITION = new Set(['membership', 'territorial-coalition']);

const keyOf = (type, view) => String(type === 'testimony' ? view.id : view.slug);
const fileOf = (type, key) => join(DIR, type, `${encodeURIComponent(key)}.json`);

async function get(path) {
  const headers = { Accept: 'application/json' };
  if (TOKEN) headers.Authorization = `Bearer ${TOKEN}`;
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${API}${path}`, { headers });
    if (response.status === 429 && attempt < 5) {
      const wait = Number(response.headers.get('retry-after') ?? '1');
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, wait) * 1000));
      continue;
    }
    return response;
  }
}

async function getJson(path) {
  const response = await get(path);
  if (!response.ok) {
    const error = new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

async function write(type, view) {
  const key = keyOf(type, view);
  await mkdir(join(DIR, type), { recursive: true });
  const file = fileOf(type, key);
  await writeFile(`${file}.tmp`, `${JSON.stringify(view, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  return key;
}

async function remove(type, key) {
  try {
    await rm(fileOf(type, key));
    return true;
  } catch (error) {
    if (error.code === 'ENOENT') return false;
    throw error;
  }
}

async function saveState(cursor) {
  await mkdir(DIR, { recursive: true });
  await writeFile(STATE, `${JSON.stringify({ api: API, cursor, savedAt: new Date().toISOString() }, null, 2)}\n`);
}

/** Every item of a list (all pages). */
async function listAll(type) {
  const { list, unpaged } = LISTS[type];
  if (unpaged) return getJson(list);
  const items = [];
  for (let page = 0; ; page++) {
    const body = await getJson(`${list}?page=${page}&size=100`);
    items.push(...body.items);
    if (page + 1 >= body.totalPages) return items;
  }
}

async function fullLoad() {
  // The head first: whatever changes while the lists load is in the feed after it.
  const { cursor } = await getJson('/api/v1/changes/head');
  const counts = {};
  for (const type of Object.keys(LISTS)) {
    await rm(join(DIR, type), { recursive: true, force: true });
    counts[type] = 0;
    for (const item of await listAll(type)) {
      try {
        await write(type, await getJson(LISTS[type].item(item)));
        counts[type]++;
      } catch (error) {
        if (error.status !== 404) throw error; // deleted meanwhile: the feed says so next time
      }
    }
  }
  await saveState(cursor);
  for (const [type, count] of Object.entries(counts)) console.log(`loaded ${type}: ${count}`);
  console.log(`full load: ${Object.values(counts).reduce((a, b) => a + b, 0)} files, cursor ${cursor}`);
}

async function follow(saved) {
  // Read every change after the cursor, then keep the last one of each resource.
  const latest = new Map();
  const renamed = [];
  let cursor = saved;
  let read = 0;
  for (;;) {
    const response = await get(`/api/v1/changes?after=${encodeURIComponent(cursor)}&limit=1000`);
    if (response.status === 410) return 'gone';
    if (!response.ok) throw new Error(`GET /api/v1/changes: ${response.status} ${await response.text()}`);
    const page = await response.json();
    for (const change of page.items) {
      read++;
      if (PARTS_OF_COALITION.has(change.type)) {
        if (change.href) latest.set(`coalition@${change.href}`, { type: 'coalition', href: change.href, action: 'updated' });
        continue;
      }
      if (change.previousSlug) renamed.push({ type: change.type, key: change.previousSlug });
      latest.set(`${change.type}:${change.id}`, change);
    }
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  let fetched = 0;
  let deleted = 0;
  for (const { type, key } of renamed) {
    if (await remove(type, key)) {
      console.log(`deleted ${type}/${key} (renamed)`);
      deleted++;
    }
  }
  for (const change of latest.values()) {
    if (!LISTS[change.type]) continue; // a type this mirror does not keep
    const key = change.type === 'testimony' ? String(change.id) : change.slug;
    if (change.action === 'deleted' || !change.href) {
      if (key && (await remove(change.type, key))) {
        console.log(`deleted ${change.type}/${key}`);
        deleted++;
      }
      continue;
    }
    try {
      const written = await write(change.type, await getJson(change.href));
      console.log(`fetched ${change.type}/${written}`);
      fetched++;
    } catch (error) {
      // Gone or renamed since: a later change of the feed carries what happened.
      if (error.status !== 404) throw error;
    }
  }
  await saveState(cursor);
  console.log(`changes read: ${read}, fetched ${fetched}, deleted ${deleted}, cursor ${cursor}`);
  return 'ok';
}

async function main() {
  let state = null;
  try {
    state = JSON.parse(await readFile(STATE, 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  if (!state || state.api !== API) {
    await fullLoad();
    return;
  }
  if ((await follow(state.cursor)) === 'gone') {
    console.log('the saved cursor is older than the changes kept (410): reloading everything');
    await fullLoad();
  }
}

// Counts the files of each type in a mirror (used by the tests).
export async function countFiles(dir) {
  const counts = {};
  for (const type of Object.keys(LISTS)) {
    try {
      counts[type] = (await readdir(join(dir, type))).filter((f) => f.endsWith('.json')).length;
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      counts[type] = 0;
    }
  }
  return counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
