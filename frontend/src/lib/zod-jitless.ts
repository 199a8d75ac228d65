import { config } from 'zod';

/**
 * Zod without `new Function`. Its compiled object parsers, and the probe that tells whether the
 * page may compile code, are refused by the Content-Security-Policy (`script-src 'self'`, no
 * `'unsafe-eval'`): each refusal is a violation report, and the public pages that carry a form
 * (comments, suggestions) raised one. Zod reads the setting when a schema is made, so this module
 * is imported first by the generated schemas (`openapi-ts.config.ts`, `output.header`) and by any
 * module that makes its own.
 */
config({ jitless: true });
