import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * Landing pages whose own chunks, and for visitors not signed in whose main API resource, the
 * start-up asks for together with the app's main JavaScript (see `startupScript`). `pattern` is
 * matched against `location.pathname`; `api` turns the path into the API path.
 */
export const landingPages = [
  { module: '/src/app/routes/panorama.tsx', pattern: '^/$', api: '/api/v1/panorama' },
  {
    module: '/src/app/routes/coalition.tsx',
    pattern: '^/coalitions/(?!new/?$)([a-z0-9-]+)/?$',
    api: '/api/v1/coalitions/$1',
  },
] as const;

interface StartupPage {
  pattern: string;
  api: string;
  files: string[];
}

/**
 * What `index.html` shows of a landing page before the app starts, per language: its static
 * heading and introduction, so that the first paint already shows them (and the app's render
 * replaces them with the same text in the same place).
 */
export interface Shell {
  name: string;
  pattern: string;
  html: Record<string, string>;
}

interface Startup {
  /** The entry script and the chunks it imports statically, in load order. */
  entry: string;
  preloads: string[];
  config: string;
  sessionKey: string;
  languageKey: string;
  languages: string[];
  shells: { name: string; pattern: string }[];
  pages: StartupPage[];
}

/** A chunk and every chunk it imports statically. */
function staticClosure(chunks: OutputChunk[], start: OutputChunk): string[] {
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
  return [...files];
}

/**
 * The inline start-up script (plain ES5-level JavaScript: it runs before anything else).
 *
 * The page first paints what `index.html` holds (its styles are inline), and only then does the
 * script ask for the app: its main JavaScript and chunks, the landing page's own chunks, the
 * runtime configuration and, for visitors not signed in, the landing page's main API resource
 * (read by the app through `takeEarlyData`, lib/early-data.ts). Nothing competes with the first
 * paint, and everything the landing page needs loads in parallel instead of one after another.
 */
export function startupScript(startup: Startup, base: string): string {
  return `(function () {
  var s = ${JSON.stringify(startup)};
  var base = ${JSON.stringify(base)};
  // Before the first paint: the language chosen earlier, and the landing page's shell if it has one.
  var lang = s.languages[0];
  try {
    var stored = localStorage.getItem(s.languageKey);
    if (s.languages.indexOf(stored) >= 0) lang = stored;
  } catch (e) {}
  document.documentElement.lang = lang;
  for (var k = 0; k < s.shells.length; k++) {
    if (new RegExp(s.shells[k].pattern).test(location.pathname)) {
      document.documentElement.setAttribute('data-boot', s.shells[k].name + '-' + lang);
      break;
    }
  }
  function add(rel, file) {
    var link = document.createElement('link');
    link.rel = rel;
    link.crossOrigin = '';
    link.href = base + file;
    document.head.appendChild(link);
  }
  // One request a task: each costs the main thread a few milliseconds, together a long task.
  var queue = [];
  function later(step) { queue.push(step); }
  function next() {
    var step = queue.shift();
    if (!step) return;
    step();
    setTimeout(next, 0);
  }
  function start() {
    var config;
    later(function () {
      config = fetch(base + s.config).then(function (r) {
        if (!r.ok) throw new Error(s.config + ' answered ' + r.status);
        return r.json();
      });
      window.__fabriqueConfig = config;
    });
    var path = location.pathname;
    var page = null;
    for (var i = 0; i < s.pages.length; i++) {
      if (!new RegExp(s.pages[i].pattern).test(path)) continue;
      page = s.pages[i];
      var signedIn = true;
      try { signedIn = localStorage.getItem(s.sessionKey) !== null; } catch (e) {}
      if (!signedIn && !/(^|[#&?])(state|code|error)=/.test(location.hash + location.search)) {
        var apiPath = path.replace(new RegExp(page.pattern), page.api);
        later(function () {
          window.__fabriqueEarly = {
            path: apiPath,
            data: config
              .then(function (c) {
                var api = c && typeof c.apiUrl === 'string' ? c.apiUrl.replace(/\\/+$/, '') : '';
                return fetch(api + apiPath, { headers: { Accept: 'application/json' } });
              })
              .then(function (r) { return r.ok ? r.json() : null; })
              .catch(function () { return null; })
          };
        });
      }
      break;
    }
    later(function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = base + s.entry;
      document.head.appendChild(script);
    });
    s.preloads.forEach(function (file) { later(function () { add('modulepreload', file); }); });
    if (page) page.files.forEach(function (file) { later(function () { add('modulepreload', file); }); });
    next();
  }
  // After the first paint: a frame, then a task.
  if (window.requestAnimationFrame) requestAnimationFrame(function () { setTimeout(start, 0); });
  else setTimeout(start, 0);
})();`;
}

/**
 * Rewrites the built `index.html` for a fast first paint: the stylesheet the entry needs is inlined,
 * and the tags Vite writes to load the app (its module script, `modulepreload` links) give way to
 * `startupScript`, which asks for the same files, plus the landing page's chunks and data, right
 * after the first paint.
 */
export function startupPlugin(options: {
  sessionKey: string;
  languageKey: string;
  /** The first is the default. */
  languages: string[];
  shells: Shell[];
  config?: string;
}): Plugin {
  let base = '/';
  return {
    name: 'fabrique-startup',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const bundle: OutputBundle = context.bundle;
        const chunks = Object.values(bundle).filter(
          (item): item is OutputChunk => item.type === 'chunk',
        );
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('startup-plugin: no entry chunk');
        const loaded = new Set(staticClosure(chunks, entry));
        const pages = landingPages.map((page) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(page.module));
          if (!chunk) throw new Error(`startup-plugin: no chunk for ${page.module}`);
          return {
            pattern: page.pattern,
            api: page.api,
            files: staticClosure(chunks, chunk).filter((file) => !loaded.has(file)),
          };
        });
        const startup: Startup = {
          entry: entry.fileName,
          preloads: [...loaded].filter((file) => file !== entry.fileName),
          config: options.config ?? 'config.json',
          sessionKey: options.sessionKey,
          languageKey: options.languageKey,
          languages: options.languages,
          shells: options.shells.map(({ name, pattern }) => ({ name, pattern })),
          pages,
        };
        // The entry's styles, inline: the first paint waits for no other request.
        let css = '';
        let out = html.replace(
          /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>\s*/g,
          (tag: string, href: string) => {
            const file = href.startsWith(base) ? href.slice(base.length) : href;
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            css += String(asset.source);
            return '';
          },
        );
        out = out
          .replace(/<script type="module"[^>]*src="[^"]+"[^>]*><\/script>\s*/g, '')
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          .replace(/<link rel="preload" href="\/config\.json"[^>]*>\s*/g, '');
        // Each shell is hidden unless the script chose it (by page and language) before the paint.
        const shellBlocks: string[] = [];
        for (const shell of options.shells) {
          for (const [lang, body] of Object.entries(shell.html)) {
            const id = `${shell.name}-${lang}`;
            css += `html[data-boot="${id}"] [data-boot-page="${id}"]{display:block}`;
            shellBlocks.push(
              `<div class="container boot__page" data-boot-page="${id}" lang="${lang}">${body}</div>`,
            );
          }
        }
        // The shell's lines are a pixel taller than the app's: the browser snaps text boxes to
        // pixels, and the same paragraph a fraction of a pixel lower could otherwise measure one
        // pixel more, count as a new largest paint and hide that the text was on screen already.
        css += '.boot__page{display:none}.boot__page p{line-height:calc(1.6em + 1px)}';
        if (shellBlocks.length > 0) {
          const marker = '<!-- startup-shells -->';
          if (!out.includes(marker)) throw new Error(`startup-plugin: no ${marker} in index.html`);
          out = out.replace(marker, shellBlocks.join('\n'));
        }
        const head = `<style>${css}</style>\n<script>${startupScript(startup, base)}</script>\n`;
        return out.replace('</head>', `${head}</head>`);
      },
    },
  };
}
