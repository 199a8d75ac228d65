// Zod schemas generated from the contract (issue 12): `npm run gen:api` writes
// src/api/zod/zod.gen.ts next to schema.d.ts, and `npm run check:api` fails when it is stale.
import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: process.env.OPENAPI_TS_INPUT ?? '../openapi.yaml',
  output: {
    path: process.env.OPENAPI_TS_OUTPUT ?? 'src/api/zod',
    // Zod without eval before any schema is made (see src/lib/zod-jitless.ts).
    header: ({ defaultValue }) => [...defaultValue, "import '@/lib/zod-jitless';"],
  },
  // Times with an offset (`2025-06-12T09:30:00+02:00`, as the API writes event times) are valid
  // `date-time`s: without `offset`, zod's `z.iso.datetime()` accepts only `Z`.
  plugins: [{ name: 'zod', dates: { offset: true } }],
  logs: { file: false },
});
