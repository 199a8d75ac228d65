import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const profile: Schemas['Profile'] = {
  username: 'camille',
  displayName: 'Camille',
  email: 'camille@example.org',
  language: 'fr',
  notificationMode: 'IMMEDIATE',
};

/** The profile page's reads; `save` answers `PUT /api/v1/me/profile`. */
function stub(save: (body: Schemas['ProfileInput']) => Response | undefined = () => undefined) {
  const saved: Schemas['ProfileInput'][] = [];
  api.use(
    http.get('/api/v1/me', ({ response }) =>
      response(200).json({ subject: 's', name: 'Camille', roles: ['member'], actors: [] }),
    ),
    http.get('/api/v1/me/profile', ({ response }) => response(200).json(profile)),
    http.get('/api/v1/me/follows', ({ response }) =>
      response(200).json([
        { type: 'coalition', slug: 'c3', name: 'Coalition 3', since: '2026-12-01T10:00:00Z' },
      ]),
    ),
    http.put('/api/v1/me/profile', async ({ request, response }) => {
      const body = await request.json();
      saved.push(body);
      return save(body) ?? response(200).json({ ...profile, ...body });
    }),
  );
  return saved;
}

async function open() {
  const rendered = renderApp('/me/profile', { auth: fakeAuth(['member'], 'Camille') });
  expect(await screen.findByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await screen.findByRole('textbox', { name: /^Nom affiché/ });
  return rendered;
}

describe('Profile form', () => {
  it('shows the verified address, saves the e-mail preference and lists what is followed', async () => {
    const saved = stub();
    const { user } = await open();
    expect(screen.getByText('camille@example.org')).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Coalition 3' })).toHaveAttribute(
      'href',
      '/coalitions/c3',
    );
    await user.click(screen.getByRole('radio', { name: 'Un résumé par jour' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Profil enregistré.');
    expect(saved).toEqual([{ displayName: 'Camille', language: 'fr', notificationMode: 'DAILY' }]);
  });

  it('asks for a display name before sending anything', async () => {
    const saved = stub();
    const { user } = await open();
    const name = screen.getByRole('textbox', { name: /^Nom affiché/ });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.');
    });
    expect(name).toHaveFocus();
    expect(saved).toEqual([]);
  });

  it('places a 400 problem’s field error on its field', async () => {
    stub(() =>
      problemResponse(400, {
        title: 'Invalid request',
        errors: [{ field: 'displayName', message: 'nom déjà pris' }],
      }),
    );
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const name = screen.getByRole('textbox', { name: /^Nom affiché/ });
    await waitFor(() => {
      expect(name).toHaveAccessibleDescription('nom déjà pris');
    });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Le serveur a refusé certains champs');
    expect(screen.queryByText('Profil enregistré.')).not.toBeInTheDocument();
  });

  it('shows a 429 with its delay in the problem component', async () => {
    stub(() => problemResponse(429, { title: 'Too many requests' }, { 'Retry-After': '10' }));
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trop de demandes en peu de temps.');
    expect(alert).toHaveTextContent('Réessayez dans 10 secondes.');
  });
});
