// Regenerates the API types and the zod schemas from ../openapi.yaml into a temporary folder and
// fails when the committed src/api/schema.d.ts or src/api/zod/zod.gen.ts differs (they are never
// edited by hand: run `npm run gen:api`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'fabrique-api-'));
const fresh = join(dir, 'schema.d.ts');
const freshZod = join(dir, 'zod');
try {
  execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync('npx', ['openapi-ts', '-f', 'openapi-ts.config.ts', '-s'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OPENAPI_TS_OUTPUT: freshZod },
  });
  const pairs = [
    [fresh, 'src/api/schema.d.ts'],
    [join(freshZod, 'zod.gen.ts'), 'src/api/zod/zod.gen.ts'],
  ];
  for (const [generated, committed] of pairs) {
    if (readFileSync(generated, 'utf8') !== readFileSync(committed, 'utf8')) {
      console.error(
        `${committed} is stale: it differs from what ../openapi.yaml generates. Run \`npm run gen:api\`.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`${committed} matches ../openapi.yaml`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
