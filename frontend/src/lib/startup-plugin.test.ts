import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformHook, Rollup } from 'vite';
import { startupPlugin } from '../../scripts/startup-plugin';

const chunk = (fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> = {}) =>
  ({
    type: 'chunk',
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    ...extra,
  }) as Rollup.OutputChunk;

const bundle = {
  'assets/index.js': chunk('assets/index.js', ['assets/start.js'], { isEntry: true }),
  'assets/start.js': chunk('assets/start.js', []),
  'assets/panorama.js': chunk('assets/panorama.js', ['assets/start.js', 'assets/card.js'], {
    facadeModuleId: '/app/src/app/routes/panorama.tsx',
  }),
  'assets/card.js': chunk('assets/card.js', []),
  'assets/coalition.js': chunk('assets/coalition.js', ['assets/start.js'], {
    facadeModuleId: '/app/src/app/routes/coalition.tsx',
  }),
  'assets/start.css': { type: 'asset', fileName: 'assets/start.css', source: '.lead{color:red}' },
} as unknown as Rollup.OutputBundle;

const built = `<html><head>
<link rel="preload" href="/config.json" as="fetch" crossorigin="anonymous" />
<script type="module" crossorigin src="/assets/index.js"></script>
<link rel="modulepreload" crossorigin href="/assets/start.js">
<link rel="stylesheet" crossorigin href="/assets/start.css">
</head><body><div id="root"><div class="boot">Fabrique</div><!-- startup-shells --></div></body></html>`;

function transform(): string {
  const plugin = startupPlugin({
    sessionKey: 'session',
    languageKey: 'language',
    languages: ['fr', 'en'],
    shells: [
      {
        name: 'panorama',
        pattern: '^/$',
        html: { fr: '<h1>Panorama</h1>', en: '<h1>Overview</h1>' },
      },
    ],
  });
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as ThisParameterType<IndexHtmlTransformHook>, built, {
    path: '/index.html',
    filename: 'index.html',
    bundle,
  }) as string;
}

describe('the start-up plugin (built index.html)', () => {
  it('inlines the styles and leaves loading the app to its script, after the first paint', () => {
    const html = transform();
    expect(html).toContain('<style>.lead{color:red}');
    expect(html).not.toMatch(
      /<link rel="stylesheet"|<link rel="modulepreload"|<script type="module"/,
    );
    expect(html).not.toContain('href="/config.json"');
    expect(html).toContain('"entry":"assets/index.js"');
    expect(html).toContain('"preloads":["assets/start.js"]');
    // The panorama's own chunks, without what the entry loads anyway.
    expect(html).toContain('"files":["assets/panorama.js","assets/card.js"]');
  });

  it('writes each landing shell, hidden unless the script picks it', () => {
    const html = transform();
    expect(html).toContain(
      '<div class="container boot__page" data-boot-page="panorama-fr" lang="fr"><h1>Panorama</h1></div>',
    );
    expect(html).toContain('data-boot-page="panorama-en" lang="en"><h1>Overview</h1>');
    expect(html).toContain(
      'html[data-boot="panorama-en"] [data-boot-page="panorama-en"]{display:block}',
    );
    expect(html).toContain('.boot__page{display:none}');
    expect(html).not.toContain('<!-- startup-shells -->');
  });
});
