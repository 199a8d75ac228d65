import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const axis: Schemas['Axis'] = {
  slug: 'environnement',
  name: 'Dimension environnementale',
  description: 'Le numérique au service de la transition.',
  colour: '#2e7d32',
  position: 1,
  sample: false,
};

const admin = { auth: fakeAuth(['admin']), language: 'en' as const };

describe('axis screens', () => {
  it('creates an axis: POST /api/v1/axes with name, colour and position', async () => {
    let sent: unknown;
    api.use(
      http.post('/api/v1/axes', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...axis, slug: 'sobriete' });
      }),
    );
    const { user, router } = renderApp('/axes/new', admin);
    await user.type(await screen.findByLabelText(/^Name/), 'Sobriété');
    const colour = screen.getByLabelText(/^Colour/);
    await user.clear(colour);
    await user.type(colour, '#1565c0');
    await user.type(screen.getByLabelText(/^Position/), '4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/axes/sobriete');
    });
    expect(sent).toEqual({ name: 'Sobriété', colour: '#1565c0', position: 4, sample: false });
  });

  it('refuses a colour that is not #RRGGBB before sending, and places the server’s', async () => {
    let posts = 0;
    api.use(
      http.post('/api/v1/axes', () => {
        posts += 1;
        return problemResponse(400, {
          errors: [{ field: 'colour', message: 'too light on white' }],
        });
      }),
    );
    const { user } = renderApp('/axes/new', admin);
    await user.type(await screen.findByLabelText(/^Name/), 'Sobriété');
    const colour = screen.getByLabelText(/^Colour/);
    await user.clear(colour);
    await user.type(colour, 'green');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(colour).toHaveAccessibleDescription(
        'As #RRGGBB, contrasted on white. A colour as #RRGGBB, for example #2e7d32.',
      );
    });
    expect(posts).toBe(0);
    await user.clear(colour);
    await user.type(colour, '#eeeeee');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(colour).toHaveAccessibleDescription(
        'As #RRGGBB, contrasted on white. too light on white',
      );
    });
  });

  it('edits with If-Match and shows a 403 with the problem component', async () => {
    let ifMatch: string | null = null;
    api.use(
      http.get('/api/v1/axes/{slug}', ({ response }) =>
        response(200).json(axis, { headers: { ETag: '"7.x"' } }),
      ),
      http.put('/api/v1/axes/{slug}', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return problemResponse(403, { title: 'Forbidden', detail: 'Administrators only' });
      }),
    );
    const { user } = renderApp('/axes/environnement/edit', admin);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your account may not make this change.Forbidden — Administrators only',
    );
    expect(ifMatch).toBe('"7.x"');
  });

  it('refuses the screens to other roles', async () => {
    renderApp('/axes/new', { auth: fakeAuth(['editor']), language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
  });
});
