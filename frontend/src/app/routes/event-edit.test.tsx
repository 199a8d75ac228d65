import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const event: Schemas['Event'] = {
  slug: 'reset-day-4',
  title: 'Reset Day #4',
  kind: 'RESET_DAY',
  startsAt: '2025-06-12T09:00:00+02:00',
  endsAt: '2025-06-12T18:00:00+02:00',
  timeZone: 'Europe/Paris',
  format: 'IN_PERSON',
  location: 'Lille',
  participantsCount: 120,
  participantsApproximate: true,
  organisers: [{ slug: 'latitudes', name: 'Latitudes' }],
  coalitions: [{ number: 3, slug: 'formations', title: 'Formations' }],
  territories: [],
  sample: false,
  agenda: [
    {
      id: 7,
      title: 'Ouverture',
      kind: 'PLENARY',
      startsAt: '2025-06-12T09:00:00+02:00',
      endsAt: '2025-06-12T09:30:00+02:00',
      speakers: [{ slug: 'magali-roger', fullName: 'Magali Roger' }],
    },
    { id: 8, title: 'Ateliers', kind: 'WORKSHOP', coalition: { slug: 'formations' } },
  ],
};

const me = http.get('/api/v1/me', ({ response }) =>
  response(200).json({ subject: 's', name: 'Éditrice', roles: ['editor'], actors: [] }),
);

/** The pickers' search: Latitudes for actors, Magali Roger for people. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  const items: Schemas['SearchHit'][] =
    type === 'actor'
      ? [{ type: 'actor', slug: 'latitudes', title: 'Latitudes' }]
      : [{ type: 'person', slug: 'magali-roger', title: 'Magali Roger' }];
  return response(200).json({ items, page: 0, size: 10, totalItems: 1, totalPages: 1 });
});

/** The event read with its ETag (`reads` counts the reads). */
function read(answer: Schemas['Event'] = event, etag = '"e1"') {
  const state = { reads: 0 };
  return {
    state,
    handler: http.get('/api/v1/events/{slug}', ({ response }) => {
      state.reads += 1;
      return response(200).json(answer, { headers: { ETag: etag } });
    }),
  };
}

const editor = () => fakeAuth(['member', 'editor'], 'Éditrice');
const setTime = (input: HTMLElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

async function openEdit() {
  const rendered = renderApp('/events/reset-day-4/edit', { auth: editor() });
  await screen.findByRole('heading', { level: 1, name: 'Modifier l’événement « Reset Day #4 »' });
  return rendered;
}

describe('event screens', () => {
  it('creates an event: POST with times in its zone sent with the offset, the organiser searched', async () => {
    let sent: unknown;
    api.use(
      me,
      search,
      http.post('/api/v1/events', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...event, slug: 'atelier-de-janvier' });
      }),
    );
    const { user, router } = renderApp('/events/new', { auth: editor() });
    await user.type(await screen.findByRole('textbox', { name: /^Titre/ }), 'Atelier de janvier');
    setTime(screen.getByLabelText(/^Début/), '2026-01-15T14:00');
    setTime(screen.getByLabelText(/^Fin/), '2026-01-15T17:30');
    await user.type(screen.getByLabelText('Nombre de participants'), '25');
    await user.type(screen.getByLabelText('Rechercher (Organisé par)'), 'Lati');
    await user.click(await screen.findByRole('button', { name: 'Choisir Latitudes' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une séquence' }));
    const session = screen.getByRole('group', { name: 'Séquence 1' });
    await user.type(within(session).getByRole('textbox', { name: /^Titre/ }), 'Accueil');
    setTime(within(session).getByLabelText(/^Début/), '2026-01-15T14:00');
    await user.type(within(session).getByLabelText('Rechercher (Intervenants)'), 'Magali');
    await user.click(await within(session).findByRole('button', { name: 'Choisir Magali Roger' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/events/atelier-de-janvier');
    });
    expect(sent).toEqual({
      title: 'Atelier de janvier',
      kind: 'WORKSHOP',
      startsAt: '2026-01-15T14:00:00+01:00',
      endsAt: '2026-01-15T17:30:00+01:00',
      timeZone: 'Europe/Paris',
      format: 'ONLINE',
      participantsCount: 25,
      organisers: ['latitudes'],
      coalitions: [],
      territories: [],
      sessions: [
        {
          title: 'Accueil',
          kind: 'PLENARY',
          startsAt: '2026-01-15T14:00:00+01:00',
          speakers: ['magali-roger'],
        },
      ],
      sample: false,
    });
  });

  it('refuses an end before the start, before sending anything', async () => {
    let posted = false;
    api.use(
      me,
      http.post('/api/v1/events', ({ response }) => {
        posted = true;
        return response(201).json(event);
      }),
    );
    const { user } = renderApp('/events/new', { auth: editor() });
    await user.type(await screen.findByRole('textbox', { name: /^Titre/ }), 'Atelier');
    setTime(screen.getByLabelText(/^Début/), '2026-01-15T14:00');
    setTime(screen.getByLabelText(/^Fin/), '2026-01-15T13:00');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const end = screen.getByLabelText(/^Fin/);
    await waitFor(() => {
      expect(end).toHaveAttribute('aria-invalid', 'true');
    });
    expect(end).toHaveAccessibleDescription('La fin doit venir après le début.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Un champ est à corriger avant d’enregistrer.',
    );
    expect(posted).toBe(false);
  });

  it('replaces the agenda with If-Match: sessions kept by id, reordered, removed and added', async () => {
    let ifMatch: string | null = null;
    let sent: unknown;
    api.use(
      me,
      read().handler,
      http.put('/api/v1/events/{slug}', async ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        sent = await request.json();
        return response(200).json(event);
      }),
    );
    const { user, router } = await openEdit();
    const first = screen.getByRole('group', { name: 'Séquence 1' });
    expect(within(first).getByRole('textbox', { name: /^Titre/ })).toHaveValue('Ouverture');
    // Times as the event's zone reads them.
    expect(within(first).getByLabelText(/^Début/)).toHaveValue('2025-06-12T09:00');
    expect(within(first).getByRole('list', { name: /Intervenants/ })).toHaveTextContent(
      'Magali Roger',
    );
    await user.click(screen.getByRole('button', { name: 'Monter la séquence 2' }));
    expect(
      within(screen.getByRole('group', { name: 'Séquence 1' })).getByRole('textbox', {
        name: /^Titre/,
      }),
    ).toHaveValue('Ateliers');
    await user.click(screen.getByRole('button', { name: 'Retirer la séquence 2' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une séquence' }));
    await user.type(
      within(screen.getByRole('group', { name: 'Séquence 2' })).getByRole('textbox', {
        name: /^Titre/,
      }),
      'Clôture',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/events/reset-day-4');
    });
    expect(ifMatch).toBe('"e1"');
    expect(sent).toEqual({
      title: 'Reset Day #4',
      kind: 'RESET_DAY',
      startsAt: '2025-06-12T09:00:00+02:00',
      endsAt: '2025-06-12T18:00:00+02:00',
      timeZone: 'Europe/Paris',
      format: 'IN_PERSON',
      location: 'Lille',
      participantsCount: 120,
      participantsApproximate: true,
      organisers: ['latitudes'],
      coalitions: ['formations'],
      territories: [],
      sessions: [
        { id: 8, title: 'Ateliers', kind: 'WORKSHOP', coalition: 'formations', speakers: [] },
        { title: 'Clôture', kind: 'PLENARY', speakers: [] },
      ],
      sample: false,
    });
  });

  it('places a 400 problem’s field errors on their fields, a session’s included', async () => {
    api.use(
      me,
      read().handler,
      http.put('/api/v1/events/{slug}', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [
            { field: 'timeZone', message: 'fuseau inconnu' },
            { field: 'sessions[1].title', message: 'déjà au programme' },
          ],
        }),
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const zone = screen.getByRole('textbox', { name: /^Fuseau horaire/ });
    await waitFor(() => {
      expect(zone).toHaveAttribute('aria-invalid', 'true');
    });
    expect(zone).toHaveAccessibleDescription(/fuseau inconnu/);
    expect(zone).toHaveFocus();
    expect(
      within(screen.getByRole('group', { name: 'Séquence 2' })).getByRole('textbox', {
        name: /^Titre/,
      }),
    ).toHaveAccessibleDescription('déjà au programme');
    expect(screen.getByRole('alert')).toHaveTextContent('Le serveur a refusé certains champs');
  });

  it('shows a 403 in the problem component', async () => {
    api.use(
      me,
      read().handler,
      http.put('/api/v1/events/{slug}', () =>
        problemResponse(403, { title: 'Forbidden', detail: 'Not an organiser of this event' }),
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Votre compte ne peut pas faire cette modification.');
    expect(alert).toHaveTextContent('Forbidden — Not an organiser of this event');
  });

  it('offers to reload when the event changed meanwhile (412)', async () => {
    const reading = read();
    api.use(
      me,
      reading.handler,
      http.put('/api/v1/events/{slug}', () => problemResponse(412, { title: 'Stale' })),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un d’autre l’a modifié depuis que vous l’avez ouvert.',
    );
    await user.click(screen.getByRole('button', { name: 'Recharger la version actuelle' }));
    await waitFor(() => {
      expect(reading.state.reads).toBe(2);
    });
  });

  it('refuses the screens to a member', async () => {
    renderApp('/events/new', { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });
});
