import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * Landing pages whose code and data the start-up requests at once, from a small inline script in
 * `index.html`, while the browser is still downloading the app's main JavaScript:
 * - the page's own chunks (`modulepreload`), which the app would otherwise only ask for once its
 *   main script has run;
 * - for visitors who are not signed in, the page's main API resource, read by the app through
 *   `takeEarlyData` (lib/early-data.ts) instead of asking again.
 * `pattern` is matched against `location.pathname`; `api` turns the path into the API path.
 */
const landingPages = [
  { module: '/src/app/routes/panorama.tsx', pattern: '^/$', api: '/api/v1/panorama' },
  {
    module: '/src/app/routes/coalition.tsx',
    pattern: '^/coalitions/(?!new/?$)([a-z0-9-]+)/?$',
    api: '/api/v1/coalitions/$1',
  },
] as const;

/** The chunk of a module and every chunk it imports statically. */
function chunkFiles(bundle: OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));
  if (!start) throw new Error(`startup-plugin: no chunk for ${module}`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(start);
  // What the entry already loads (its own <script> and modulepreload links) is not repeated.
  const entry = chunks.find((chunk) => chunk.isEntry);
  const loaded = new Set<string>();
  if (entry) {
    const mark = (chunk: OutputChunk) => {
      if (loaded.has(chunk.fileName)) return;
      loaded.add(chunk.fileName);
      chunk.imports.forEach((name) => {
        const imported = byName.get(name);
        if (imported) mark(imported);
      });
    };
    mark(entry);
  }
  return [...files].filter((file) => !loaded.has(file));
}

/** The inline start-up script (plain ES5-level JavaScript: it runs before anything else). */
export function startupScript(
  pages: readonly { pattern: string; api: string; files: string[] }[],
  base: string,
  sessionKey: string,
): string {
  return `(function () {
  var pages = ${JSON.stringify(pages)};
  var path = location.pathname;
  for (var i = 0; i < pages.length; i++) {
    var match = new RegExp(pages[i].pattern).exec(path);
    if (!match) continue;
    pages[i].files.forEach(function (file) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = ${JSON.stringify(base)} + file;
      document.head.appendChild(link);
    });
    var signedIn = true;
    try { signedIn = localStorage.getItem(${JSON.stringify(sessionKey)}) !== null; } catch (e) {}
    if (signedIn || /(^|[#&?])(state|code|error)=/.test(location.hash + location.search)) return;
    var apiPath = path.replace(new RegExp(pages[i].pattern), pages[i].api);
    window.__fabriqueEarly = {
      path: apiPath,
      data: fetch('/config.json')
        .then(function (r) { return r.json(); })
        .then(function (config) {
          var api = typeof config.apiUrl === 'string' ? config.apiUrl.replace(/\\/+$/, '') : '';
          return fetch(api + apiPath, { headers: { Accept: 'application/json' } });
        })
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; })
    };
    return;
  }
})();`;
}

export function startupPlugin(options: { sessionKey: string }): Plugin {
  let base = '/';
  return {
    name: 'fabrique-startup',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const bundle = context.bundle;
        const pages = landingPages.map((page) => ({
          pattern: page.pattern,
          api: page.api,
          files: chunkFiles(bundle, page.module),
        }));
        return {
          html,
          tags: [
            {
              tag: 'script',
              children: startupScript(pages, base, options.sessionKey),
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
