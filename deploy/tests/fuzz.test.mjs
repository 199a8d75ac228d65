// Fuzzing every operation of the contract: for each operation of the served OpenAPI document (the
// same as openapi.yaml, which a backend test checks), requests with generated and mutated paths,
// query parameters, bodies and headers, anonymous and as each role. What must hold for every answer:
// no 5xx but 503, no stack trace or class name, every 4xx is application/problem+json.
// Run with: node --test deploy/tests/fuzz.test.mjs
//   API      the backend (local run)
//   TOKENS   JSON object role -> access token (e.g. {"admin": "...", "editor": "..."})
//   FUZZ_SEED  to replay a run (default: the date); FUZZ_PER_OPERATION (default 20)
import assert from 'node:assert/strict';
import { test } from 'node:test';

const API = process.env.API;
const TOKENS = JSON.parse(process.env.TOKENS ?? '{}');
const PER_OPERATION = Number(process.env.FUZZ_PER_OPERATION ?? 20);
let seed = Number(process.env.FUZZ_SEED ?? Math.floor(Date.now() / 86_400_000));
console.log(`fuzz seed ${seed} (FUZZ_SEED to replay)`);

// A small deterministic generator (mulberry32), so that a failing run can be replayed.
function random() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const NASTY_STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  '-1',
  '0',
  '99999999999999999999',
  '1e309',
  'NaN',
  'null',
  'true',
  "' or 1=1 --",
  '"; drop table coalition; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '%',
  '\u0000',
  'é'.repeat(300),
  '😀',
  '{"a":1}',
  '[]',
  '2026-13-45',
  '-',
  'formations-superieures-numeriques-ethiques',
  'reset-day-4',
  'metropole-europeenne-de-lille',
];
const NASTY_VALUES = [null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), '', 'x'.repeat(20000), [], {}, [1, 'a', null], { nested: { deeper: [{}] } }];

function sampleFor(schema, components, depth = 0) {
  if (!schema || depth > 4) return null;
  if (schema.$ref) return sampleFor(components[schema.$ref.split('/').pop()], components, depth + 1);
  if (schema.allOf) return sampleFor(schema.allOf[0], components, depth + 1);
  if (schema.enum) return pick(schema.enum);
  switch (schema.type) {
    case 'object': {
      const object = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        object[name] = sampleFor(property, components, depth + 1);
      }
      return object;
    }
    case 'array':
      return [sampleFor(schema.items, components, depth + 1)];
    case 'integer':
    case 'number':
      return pick([0, 1, 3, 10]);
    case 'boolean':
      return pick([true, false]);
    default:
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return '2026-04-14';
      return pick(['exemple', 'formations-superieures-numeriques-ethiques', 'a b c']);
  }
}

/** A body built from the schema, then mutated: a field of the wrong type, removed, or the whole body. */
function mutatedBody(schema, components) {
  const body = sampleFor(schema, components);
  const mutation = random();
  if (mutation < 0.15) return { raw: pick(['{', '{"a":', 'not json', '[1,2', '', 'null', '"text"', '123']) };
  if (mutation < 0.25) return { json: pick(NASTY_VALUES) };
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const keys = Object.keys(body);
    if (keys.length && mutation < 0.6) body[pick(keys)] = pick([...NASTY_VALUES, ...NASTY_STRINGS]);
    else if (keys.length && mutation < 0.75) delete body[pick(keys)];
    else body[pick(['unknown', '__proto__', 'constructor', 'id'])] = pick(NASTY_VALUES);
  }
  return { json: body };
}

const IRREVERSIBLE = new Set(['delete /api/v1/me']);

function pathFor(path, parameters) {
  return path.replace(/\{([^}:]+)(:[^}]*)?\}/g, (_, name) => {
    const parameter = parameters.find((p) => p.name === name);
    const type = parameter?.schema?.type;
    const value = random() < 0.5 && type === 'integer' ? pick(['1', '2', '999999']) : pick(NASTY_STRINGS);
    return encodeURIComponent(value || 'x');
  });
}

test('every operation of the contract, fuzzed: no 5xx but 503, no stack trace, every 4xx problem+json', async () => {
  const document = await (await fetch(`${API}/q/openapi?format=json`, { headers: { Accept: 'application/json' } })).json();
  const components = document.components?.schemas ?? {};
  const identities = [null, ...Object.keys(TOKENS)];
  const failures = [];
  let requests = 0;
  const statuses = {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      for (let i = 0; i < PER_OPERATION; i++) {
        const identity = identities[i % identities.length];
        // Deleting one's account cannot be undone: signed in, it would delete the demo users from
        // Keycloak. Only anonymous callers send it here (the people journey deletes an account).
        if (identity && IRREVERSIBLE.has(`${method} ${path}`)) continue;
        const query = new URLSearchParams();
        for (const p of parameters.filter((p) => p.in === 'query')) {
          if (random() < 0.6) query.set(p.name, random() < 0.5 ? String(sampleFor(p.schema, components) ?? '') : pick(NASTY_STRINGS));
        }
        if (random() < 0.2) query.set(pick(['page', 'size', 'sort', 'q']), pick(NASTY_STRINGS));
        const headers = { Accept: random() < 0.85 ? 'application/json' : pick(['*/*', 'text/html', 'application/xml']) };
        if (identity) headers.Authorization = `Bearer ${TOKENS[identity]}`;
        if (random() < 0.15) headers.Authorization = pick(['Bearer abc', 'Bearer ', 'Basic YTpi', 'Bearer ' + 'x'.repeat(3000)]);
        if (random() < 0.2) headers['If-Match'] = pick(['"0.abc"', '*', 'garbage', '"9999.x"', 'W/"1.a"']);
        if (random() < 0.1) headers['If-None-Match'] = pick(['"0.abc"', '*', 'garbage']);
        if (random() < 0.1) headers['Accept-Language'] = pick(['en', 'fr', 'xx', '*', ';;;']);
        let body;
        if (method !== 'get' && method !== 'delete') {
          const mutated = bodySchema ? mutatedBody(bodySchema, components) : { json: pick(NASTY_VALUES) };
          body = 'raw' in mutated ? mutated.raw : JSON.stringify(mutated.json);
          headers['Content-Type'] = random() < 0.1 ? pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) : 'application/json';
        }
        const url = `${API}${pathFor(path, parameters)}${query.size ? `?${query}` : ''}`;
        let response;
        let text;
        try {
          response = await fetch(url, { method: method.toUpperCase(), headers, body, redirect: 'manual' });
          text = await response.text();
        } catch (error) {
          failures.push(`${method.toUpperCase()} ${url}: no answer (${error.cause?.code ?? error.message})`);
          continue;
        }
        requests++;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const what = `${method.toUpperCase()} ${url.slice(0, 200)} as ${identity ?? 'anonymous'} -> ${response.status}`;
        if (response.status >= 500 && response.status !== 503) failures.push(`${what}: server error ${text.slice(0, 200)}`);
        if (/Exception|\bat (org|java|io|jdk)\.|\.java:\d+/.test(text)) failures.push(`${what}: internals in the body ${text.slice(0, 200)}`);
        // The backend's HTTP codec answers an over-long request line (414) or headers (431) before
        // any handler, with an empty body; the nginx front answers them as problem+json (README,
        // Deployment). Nothing else may skip the problem format.
        const codecRefusal = (response.status === 414 || response.status === 431) && text === '';
        if (response.status >= 400 && response.status < 500 && !codecRefusal && !(response.headers.get('content-type') ?? '').startsWith('application/problem+json')) {
          failures.push(`${what}: ${response.headers.get('content-type')} instead of problem+json`);
        }
      }
    }
  }
  console.log(`${requests} requests over ${Object.keys(document.paths).length} paths; statuses ${JSON.stringify(statuses)}; ${failures.length} failures`);
  assert.deepEqual(failures.slice(0, 40), []);
});
