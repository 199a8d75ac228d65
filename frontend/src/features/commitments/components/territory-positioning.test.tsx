import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

const slug = 'formations';
const mel = { slug: 'metropole-europeenne-de-lille', name: 'Métropole Européenne de Lille' };
const manager: Schemas['Account'] = {
  subject: 's',
  name: 'Dominique Leroy',
  roles: ['member', 'territory-manager'],
  territories: [mel],
};

function stub(me: Schemas['Account'], state: { declensions: Schemas['TerritorialCoalition'][] }) {
  const posts: Request[] = [];
  stubApi({
    [`/api/v1/coalitions/${slug}`]: { number: 3, slug, title: 'Formations numériques' },
    [`/api/v1/coalitions/${slug}/permissions`]: { edit: false },
    [`/api/v1/coalitions/${slug}/suggestions`]: page([]),
    [`/api/v1/coalitions/${slug}/territories`]: async (_url: URL, request: Request) => {
      if (request.method !== 'POST') return json(page(state.declensions));
      posts.push(request.clone());
      const body = (await request.json()) as Schemas['TerritorialCoalitionInput'];
      const created: Schemas['TerritorialCoalition'] = {
        coalition: { number: 3, slug, title: 'Formations numériques' },
        territory: mel,
        positioning: body.positioning,
        status: 'IDENTIFIED',
      };
      state.declensions = [created];
      return json(created, 201);
    },
    '/api/v1/events': page([]),
    '/api/v1/notes': page([]),
    '/api/v1/testimonies': page([]),
    '/api/v1/me': me,
  });
  return posts;
}

describe('Territory positioning', () => {
  it('lets a territory manager declare their territory’s positioning, then complete it', async () => {
    const posts = stub(manager, { declensions: [] });
    const { user } = renderApp(`/coalitions/${slug}`, {
      auth: fakeAuth(['member', 'territory-manager']),
    });
    const section = await screen.findByRole('region', {
      name: 'Le positionnement de votre territoire',
    });
    const group = within(section).getByRole('group', {
      name: 'Positionnement de Métropole Européenne de Lille',
    });
    await user.click(within(group).getByRole('radio', { name: /Pilote/ }));
    await user.click(within(section).getByRole('button', { name: 'Déclarer le positionnement' }));

    await waitFor(() => {
      expect(within(section).getByRole('status')).toHaveTextContent(
        'Positionnement déclaré : Métropole Européenne de Lille, Pilote.',
      );
    });
    expect(await posts[0]?.json()).toEqual({ territory: mel.slug, positioning: 'PILOT' });
    // The existing declension edit page completes it.
    expect(
      await within(section).findByRole('link', {
        name: 'Compléter la déclinaison de Métropole Européenne de Lille',
      }),
    ).toHaveAttribute('href', `/coalitions/${slug}/territories/${mel.slug}/edit`);
  });

  it('links a declared positioning to the declension’s edit page', async () => {
    stub(manager, {
      declensions: [{ territory: mel, positioning: 'CONTRIBUTOR', coalition: { slug } }],
    });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member', 'territory-manager']) });
    const section = await screen.findByRole('region', {
      name: 'Le positionnement de votre territoire',
    });
    expect(section).toHaveTextContent('Métropole Européenne de Lille : Contributeur.');
    expect(
      within(section).getByRole('link', {
        name: 'Modifier le positionnement et la déclinaison de Métropole Européenne de Lille',
      }),
    ).toHaveAttribute('href', `/coalitions/${slug}/territories/${mel.slug}/edit`);
    expect(within(section).queryByRole('radio')).not.toBeInTheDocument();
  });

  it('is not shown to other members', async () => {
    stub({ subject: 's', name: 'Camille', roles: ['member'], actors: [] }, { declensions: [] });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    expect(
      screen.queryByRole('region', { name: 'Le positionnement de votre territoire' }),
    ).not.toBeInTheDocument();
  });
});
