import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

const slug = 'communs-numeriques';

const translations: Schemas['Translations'] = {
  original: 'fr',
  originals: { title: 'Communs numériques', summary: 'Un sujet riche.' },
  translations: [
    {
      lang: 'en',
      field: 'title',
      text: 'Digital commons',
      translatedBy: 'coordinator',
      translatedAt: '2026-12-01T10:00:00Z',
    },
  ],
};

describe('Translating in the app', () => {
  it('shows originals beside their translations and saves them', async () => {
    let saved: unknown;
    stubApi({
      [`/api/v1/coalitions/${slug}/translations`]: translations,
      [`/api/v1/coalitions/${slug}/translations/en`]: async (_url: URL, request: Request) => {
        saved = await request.json();
        return translations;
      },
    });
    const { user } = renderApp(`/translations/coalition/${slug}?into=en`, {
      auth: fakeAuth(['member', 'editor']),
    });

    const original = await screen.findByText('Un sujet riche.');
    expect(original).toHaveAttribute('lang', 'fr');
    const fields = screen.getAllByRole('textbox');
    expect(fields[0]).toHaveValue('Digital commons');
    expect(fields[0]).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/Traduit par coordinator/)).toBeVisible();

    const summary = fields.at(1);
    if (!summary) throw new Error('no field for the summary');
    await user.type(summary, 'A rich subject.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la traduction' }));
    await waitFor(() => {
      expect(saved).toEqual({ texts: { title: 'Digital commons', summary: 'A rich subject.' } });
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Traduction enregistrée.');
  });

  it('lists what needs translation for editors', async () => {
    stubApi({
      '/api/v1/translation-needs': [
        {
          kind: 'note',
          slug: 'notes-du-reset-day-4',
          title: 'Notes du Reset Day 4',
          original: 'fr',
          fields: ['title', 'body'],
        },
      ],
    });
    renderApp('/translations?into=en', { auth: fakeAuth(['member', 'editor']) });
    const link = await screen.findByRole('link', { name: 'Traduire « Notes du Reset Day 4 »' });
    expect(link).toHaveAttribute('href', '/translations/note/notes-du-reset-day-4?into=en');
    expect(screen.getByText('Textes à traduire : Titre, Texte (Markdown)')).toBeVisible();
  });
});
