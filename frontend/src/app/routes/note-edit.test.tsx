import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

const note: Schemas['Note'] = {
  slug: 'retour-sur-le-reset-day-4',
  title: 'Retour sur le Reset Day #4',
  bodyMarkdown: 'Premier paragraphe.\n\nSecond **paragraphe**.',
  bodyHtml: '<p>Premier paragraphe.</p><p>Second <strong>paragraphe</strong>.</p>',
  status: 'PUBLISHED',
  commentsOpen: true,
};

function tagged(body: unknown, etag: string): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json', ETag: `"${etag}"` },
  });
}

const editor = () => fakeAuth(['member', 'editor'], 'Éditrice');

describe('Note editing', () => {
  it('previews the text as plain paragraphs, never as HTML, and shows the API rendering', async () => {
    stubApi({ [`/api/v1/notes/${note.slug ?? ''}`]: tagged(note, 'n1') });
    const { user } = renderApp(`/notes/${note.slug ?? ''}/edit`, { auth: editor() });
    const body = await screen.findByRole('textbox', { name: /^Texte de la note/ });
    await user.clear(body);
    await user.type(body, 'Bonjour<img src=x onerror=alert(1)>{enter}{enter}Suite');
    await user.click(screen.getByRole('button', { name: 'Aperçu' }));

    const preview = screen.getByRole('region', { name: 'Aperçu' });
    expect(within(preview).getByText('Bonjour<img src=x onerror=alert(1)>')).toBeVisible();
    expect(within(preview).getByText('Suite')).toBeVisible();
    expect(preview.querySelector('img')).toBeNull();

    const saved = screen.getByRole('region', { name: 'Rendu de la version enregistrée' });
    expect(within(saved).getByText('paragraphe', { selector: 'strong' })).toBeVisible();
  });

  it('sends If-Match and says when the note changed meanwhile (412)', async () => {
    const puts: Request[] = [];
    stubApi({
      [`/api/v1/notes/${note.slug ?? ''}`]: (_url: URL, request: Request) => {
        if (request.method !== 'PUT') return tagged(note, 'n1');
        puts.push(request);
        return json({ status: 412, title: 'Precondition failed' }, 412);
      },
    });
    const { user } = renderApp(`/notes/${note.slug ?? ''}/edit`, { auth: editor() });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La note a été modifiée par quelqu’un d’autre',
    );
    expect(puts[0]?.headers.get('If-Match')).toBe('"n1"');
  });

  it('refuses the editor pages to a member, and hides the write link', async () => {
    stubApi({ '/api/v1/notes': page([]) });
    renderApp('/notes/new', { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });

  it('shows the write link to editors', async () => {
    stubApi({ '/api/v1/notes': page([]) });
    renderApp('/notes', { auth: editor() });
    expect(await screen.findByRole('link', { name: 'Écrire une note' })).toHaveAttribute(
      'href',
      '/notes/new',
    );
    await waitFor(() => {
      expect(screen.getByText('Aucune note publiée.')).toBeVisible();
    });
  });
});
