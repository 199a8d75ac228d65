// Zod schemas generated from the contract (issue 12): `npm run gen:api` writes
// src/api/zod/zod.gen.ts next to schema.d.ts, and `npm run check:api` fails when it is stale.
import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: process.env.OPENAPI_TS_INPUT ?? '../openapi.yaml',
  output: { path: process.env.OPENAPI_TS_OUTPUT ?? 'src/api/zod' },
  plugins: [{ name: 'zod' }],
  logs: { file: false },
});
