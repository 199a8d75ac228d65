import { htmlProfiles, LINK_REL, sanitizeHtml } from '@/lib/sanitize-html';

const ALLOWED_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'blockquote',
  'cite',
  'code',
  'del',
  'em',
  'i',
  'q',
  's',
  'strike',
  'strong',
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel'],
  abbr: ['title'],
  acronym: ['title'],
  blockquote: ['cite'],
  del: ['datetime'],
  q: ['cite'],
};

/** The API's XSS corpus (CommentHtmlTest), sent raw as if the server had not sanitised it. */
const corpus = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<img src=x onerror=alert(1)>',
  '<b onmouseover=alert(1)>bold</b>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example">protocol-relative</a>',
  '<q cite="javascript:alert(1)">q</q>',
  '<blockquote cite="data:text/html,x">b</blockquote>',
  '<svg onload=alert(1)><circle r=10 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action=javascript:alert(1)><input type=submit></form>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">d</div>',
  '<em style="x:expression(alert(1))">e</em>',
  '<b><i><strong>unclosed <a href="http://ok.example" onclick=alert(1)>link',
  '<<script>alert(1)//<</script>',
  '<img src="x" alt=""onerror="alert(1)">',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<a href="http://ok.example" title="x" onfocus="alert(1)" autofocus>ok</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<a href="mailto:x@example.org" rel="opener" target="_blank">m</a>',
  '<abbr title="&quot; onmouseover=&quot;alert(1)">A</abbr>',
  '<del datetime="2024" onclick=alert(1)>d</del>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
  '<a href="https://ok.example"><script>alert(1)</script></a>',
  '<b>ok</b><script>document.body.dataset.pwned = 1</script><a href="javascript:alert(1)">x</a>',
  '<a href="https://ok.example" style="position:fixed;inset:0">overlay</a>',
  '<details open ontoggle=alert(1)>d</details>',
  '<video><source onerror=alert(1)></video>',
  '<a href="java\u0000script:alert(1)">nul</a>',
  '<a href="\u0001javascript:alert(1)">ctrl</a>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<a href="https://ok.example/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">encoded</a>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<select><option><img src=x onerror=alert(1)></option></select>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<i>'.repeat(200) + 'deep' + '</i>'.repeat(200),
];

function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('sanitizeHtml, comment profile (DOMPurify over the API’s allow-list)', () => {
  it.each(corpus)('leaves nothing executable in %s', (payload) => {
    const clean = sanitizeHtml(payload, 'comment');
    const tree = parse(clean);
    for (const element of Array.from(tree.querySelectorAll('*'))) {
      const name = element.localName;
      expect(ALLOWED_TAGS.has(name), `tag ${name} in ${clean}`).toBe(true);
      for (const attribute of Array.from(element.attributes)) {
        expect(ALLOWED_ATTRIBUTES[name] ?? [], `${attribute.name} on ${name}`).toContain(
          attribute.name,
        );
        if (attribute.name === 'href' || attribute.name === 'cite') {
          expect(attribute.value).toMatch(/^(https?:\/\/|mailto:)/i);
        }
      }
      if (name === 'a') {
        expect(element.getAttribute('rel')).toBe(LINK_REL);
        expect(element.hasAttribute('target')).toBe(false);
      }
    }
    expect(clean.toLowerCase()).not.toMatch(/<script|<img|<svg|<iframe|<style|javascript:/);
  });

  it('keeps every allowed tag and attribute, and the text of removed tags', () => {
    const html =
      '<b>b</b> <i>i</i> <em>e</em> <strong>s</strong> <s>x</s> <strike>y</strike> <code>c</code>' +
      ' <cite>ci</cite> <abbr title="Tech">T</abbr> <acronym title="A">A</acronym>' +
      ' <del datetime="2024-05-01">d</del> <q cite="https://q.example">q</q>' +
      ' <blockquote cite="https://b.example">bq</blockquote>' +
      ' <a href="https://ok.example/p?a=1" title="t">l</a> <a href="mailto:a@example.org">m</a>' +
      ' <p>paragraphe <span>gardé</span></p>';
    const clean = sanitizeHtml(html, 'comment');
    expect(clean).toContain('<b>b</b>');
    expect(clean).toContain('<strike>y</strike>');
    expect(clean).toContain('<abbr title="Tech">T</abbr>');
    expect(clean).toContain('<del datetime="2024-05-01">d</del>');
    expect(clean).toContain('<q cite="https://q.example">q</q>');
    expect(clean).toContain('<blockquote cite="https://b.example">bq</blockquote>');
    expect(clean).toContain(`<a href="https://ok.example/p?a=1" title="t" rel="${LINK_REL}">l</a>`);
    expect(clean).toContain(`<a href="mailto:a@example.org" rel="${LINK_REL}">m</a>`);
    expect(clean).toContain('paragraphe gardé');
    expect(clean).not.toContain('<p>');
  });

  it('keeps the text of a link whose URL is refused, without the URL', () => {
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>', 'comment')).toBe(
      `<a rel="${LINK_REL}">x</a>`,
    );
  });

  it('shows escaped text as text, never as markup', () => {
    const clean = sanitizeHtml('&lt;script&gt;alert(1)&lt;/script&gt;', 'comment');
    expect(parse(clean).textContent).toBe('<script>alert(1)</script>');
    expect(parse(clean).querySelector('script')).toBeNull();
  });

  it('accepts only absolute http, https and mailto URLs', () => {
    const href = (url: string) =>
      parse(sanitizeHtml(`<a href="${url}">x</a>`, 'comment'))
        .querySelector('a')
        ?.getAttribute('href');
    expect(href('https://ok.example')).toBe('https://ok.example');
    expect(href('http://ok.example/a?b=1')).toBe('http://ok.example/a?b=1');
    expect(href('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(href('/relative')).toBeNull();
    expect(href('//evil.example')).toBeNull();
    expect(href('data:text/html,x')).toBeNull();
    expect(href('javascript:alert(1)')).toBeNull();
    expect(href('ftp://files.example')).toBeNull();
  });

  it('keeps attributes on their own elements only', () => {
    const clean = sanitizeHtml(
      '<b title="t">b</b> <abbr title="A" cite="https://x.example">a</abbr> <q datetime="2024">q</q>',
      'comment',
    );
    expect(clean).toBe('<b>b</b> <abbr title="A">a</abbr> <q>q</q>');
  });

  it('gives nothing for nothing', () => {
    expect(sanitizeHtml(undefined, 'comment')).toBe('');
    expect(sanitizeHtml('', 'note')).toBe('');
  });
});

describe('sanitizeHtml, note profile (Markdown rendered by the API)', () => {
  it('keeps the structure of a rendered note', () => {
    const html =
      '<h2>Titre</h2><p>Un <em>paragraphe</em> avec <a href="https://ok.example" rel="nofollow noopener">un lien</a>.</p>' +
      '<ul><li>un</li></ul><ol start="3"><li>trois</li></ol><pre><code>code</code></pre>' +
      '<blockquote><p>citation</p></blockquote>' +
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>';
    expect(sanitizeHtml(html, 'note')).toBe(html);
  });

  it.each(corpus)('leaves nothing executable in %s', (payload) => {
    const clean = sanitizeHtml(payload, 'note');
    const tree = parse(clean);
    const allowed = htmlProfiles.note.elements as Record<string, readonly string[]>;
    for (const element of Array.from(tree.querySelectorAll('*'))) {
      expect(Object.keys(allowed), `tag ${element.localName} in ${clean}`).toContain(
        element.localName,
      );
      for (const attribute of Array.from(element.attributes)) {
        expect([...(allowed[element.localName] ?? []), 'rel']).toContain(attribute.name);
      }
    }
    expect(clean.toLowerCase()).not.toMatch(/<script|<img|<svg|<iframe|<style|javascript:/);
  });

  it('drops images, which the API does not render either', () => {
    expect(sanitizeHtml('<p>a<img src="https://img.example/x.png" alt="x">b</p>', 'note')).toBe(
      '<p>ab</p>',
    );
  });
});

describe('sanitizeHtml, snippet profile (search matches)', () => {
  it('keeps the marks around the matches and the escaped text as text', () => {
    const snippet = 'Former à l’<mark>éthique</mark> &lt;b&gt; du numérique';
    const clean = sanitizeHtml(snippet, 'snippet');
    expect(clean).toBe(snippet);
    expect(parse(clean).textContent).toBe('Former à l’éthique <b> du numérique');
  });

  it('removes every other element and attribute', () => {
    expect(
      sanitizeHtml(
        '<mark class="x" onclick="alert(1)">a</mark> <a href="https://ok.example">b</a><script>alert(1)</script><b>c</b>',
        'snippet',
      ),
    ).toBe('<mark>a</mark> bc');
  });
});
