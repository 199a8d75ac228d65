import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const testimony: Schemas['Testimony'] = {
  id: 7,
  person: { slug: 'magali-roger', fullName: 'Magali Roger' },
  event: { slug: 'reset-day-4', title: 'Reset Day 4' },
  session: { id: 3, title: 'Territories' },
  summary: 'Digital mediation needs allies.',
  sample: false,
};

const editor = { auth: fakeAuth(['editor']), language: 'en' as const };

describe('testimony screens', () => {
  it('records a testimony from an event: the person searched, the event kept, then the event', async () => {
    let sent: unknown;
    api.use(
      http.get('/api/v1/search', ({ response }) =>
        response(200).json({
          items: [{ type: 'person', slug: 'audrey-charluet', title: 'Audrey Charluet' }],
          page: 0,
          size: 10,
          totalItems: 1,
          totalPages: 1,
        }),
      ),
      http.post('/api/v1/testimonies', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...testimony, id: 8 });
      }),
    );
    const { user, router } = renderApp('/testimonies/new?event=reset-day-4', editor);
    await user.type(await screen.findByLabelText('Search (The person who testifies)'), 'Audrey');
    await user.click(await screen.findByRole('button', { name: 'Choose Audrey Charluet' }));
    await user.type(screen.getByLabelText(/^What they say/), 'Territories need a booklet.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/events/reset-day-4');
    });
    expect(sent).toEqual({
      person: 'audrey-charluet',
      event: 'reset-day-4',
      summary: 'Territories need a booklet.',
      sample: false,
    });
  });

  it('corrects a testimony with If-Match, its session kept', async () => {
    let sent: unknown;
    let ifMatch: string | null = null;
    api.use(
      http.get('/api/v1/testimonies/{id}', ({ response }) =>
        response(200).json(testimony, { headers: { ETag: '"2.x"' } }),
      ),
      http.put('/api/v1/testimonies/{id}', async ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        sent = await request.json();
        return response(200).json(testimony);
      }),
    );
    const { user, router } = renderApp('/testimonies/7/edit', editor);
    const summary = await screen.findByLabelText(/^What they say/);
    await user.clear(summary);
    await user.type(summary, 'Digital mediation needs many allies.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/events/reset-day-4');
    });
    expect(ifMatch).toBe('"2.x"');
    expect(sent).toMatchObject({
      person: 'magali-roger',
      event: 'reset-day-4',
      session: 3,
      summary: 'Digital mediation needs many allies.',
    });
  });

  it('deletes a testimony after a confirmation, then shows its event', async () => {
    let deleted = 0;
    api.use(
      http.get('/api/v1/testimonies/{id}', ({ response }) =>
        response(200).json(testimony, { headers: { ETag: '"2.x"' } }),
      ),
      http.delete('/api/v1/testimonies/{id}', ({ params, response }) => {
        expect(params.id).toBe('7');
        deleted += 1;
        return response(204).empty();
      }),
    );
    const { user, router } = renderApp('/testimonies/7/edit', editor);
    const danger = await screen.findByRole('region', { name: 'Delete the testimony' });
    await user.click(within(danger).getByRole('button', { name: 'Delete' }));
    expect(deleted).toBe(0);
    await user.click(within(danger).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/events/reset-day-4');
    });
    expect(deleted).toBe(1);
  });

  it('records a testimony from a person’s page: the person and their actor named, then their page', async () => {
    let sent: unknown;
    api.use(
      http.get('/api/v1/people/{slug}', ({ params, response }) => {
        expect(params.slug).toBe('augustin-courtier');
        return response(200).json({
          slug: 'augustin-courtier',
          fullName: 'Augustin Courtier',
          actor: { slug: 'latitudes', name: 'Latitudes' },
        });
      }),
      http.post('/api/v1/testimonies', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...testimony, id: 9 });
      }),
    );
    const { user, router } = renderApp(
      '/testimonies/new?person=augustin-courtier&actor=latitudes',
      editor,
    );
    const person = await screen.findByRole('group', { name: 'The person who testifies' });
    // Chosen already, by name: nothing to search.
    expect(
      within(person).getByRole('button', { name: 'Remove Augustin Courtier' }),
    ).toBeInTheDocument();
    const actor = screen.getByRole('group', { name: 'For the actor (optional)' });
    expect(within(actor).getByRole('button', { name: 'Remove Latitudes' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^What they say/), 'Ethics belongs in every course.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/people/augustin-courtier');
    });
    expect(sent).toEqual({
      person: 'augustin-courtier',
      actor: 'latitudes',
      summary: 'Ethics belongs in every course.',
      sample: false,
    });
  });

  it('asks a reader to sign in', async () => {
    renderApp('/testimonies/new', { language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not allowed' }),
    ).toBeInTheDocument();
  });
});
