import { screen, within, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { page, problem, requestedUrls, stubApi } from '@/testing/api-stub';
import { impact } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

const slug = 'formations-superieures-numeriques-ethiques';

const coalition: Schemas['Coalition'] = {
  number: 3,
  slug,
  title: 'Pour des formations supérieures numériques',
  summary: 'Faire entrer les questions éthiques dans les formations.',
  intention: 'Que chaque diplômé du numérique mesure les effets de ce qu’il conçoit.',
  vision: 'Des cursus où l’éthique est un fil conducteur.',
  stage: 'FORMING',
  axes: [{ slug: 'environnement', name: 'Dimension environnementale', colour: '#2e7d32' }],
  keywords: ['formation'],
  experiences: [{ id: 1, title: 'Travail de Latitudes dans les cursus' }],
  problems: [
    {
      id: 1,
      title: 'La place de l’écologie dans les diplômes est mal connue',
      allyKinds: ['chercheurs'],
      actors: [{ slug: 'museum', name: 'Muséum', kind: 'RESEARCH_EDUCATION' }],
    },
  ],
  impacts: [impact],
  members: [
    {
      actor: { slug: 'banque', name: 'Banque', kind: 'FUNDER' },
      role: 'PILOT',
      status: 'CONFIRMED',
    },
  ],
  governance: { fundersOnlyPilot: true },
};

describe('Coalition page', () => {
  it('shows the canvas, the stage, the impacts, the members and the related items', async () => {
    const testimony: Schemas['Testimony'] = {
      id: 1,
      person: { slug: 'augustin-courtier', fullName: 'Augustin Courtier' },
      summary: 'Comment Latitudes travaille avec les écoles.',
    };
    stubApi({
      [`/api/v1/coalitions/${slug}`]: coalition,
      [`/api/v1/coalitions/${slug}/territories`]: page([]),
      '/api/v1/events': page([{ slug: 'reset-day-4', title: 'Reset Day 4', kind: 'RESET_DAY' }]),
      '/api/v1/notes': page([]),
      '/api/v1/testimonies': page([testimony]),
      '/api/v1/resources': page([]),
      '/api/v1/initiatives': page([]),
    });
    renderApp(`/coalitions/${slug}`);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Pour des formations supérieures numériques',
      }),
    ).toBeVisible();
    await waitFor(() => {
      expect(document.title).toBe('#3 Pour des formations supérieures numériques · Fabrique');
    });
    expect(screen.getByText(/Que chaque diplômé/)).toBeVisible();
    expect(
      screen.getByRole('heading', {
        name: 'La place de l’écologie dans les diplômes est mal connue',
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Muséum' })).toHaveAttribute('href', '/actors/museum');

    const timeline = screen.getByRole('region', { name: 'Étape de la coalition' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps).toHaveLength(6);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent('En formation (étape actuelle)');

    expect(screen.getByRole('img', { name: /comparées à la cible de 50/ })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Gouvernance' })).toBeVisible();

    expect(await screen.findByRole('link', { name: 'Reset Day 4' })).toHaveAttribute(
      'href',
      '/events/reset-day-4',
    );
    expect(screen.getByRole('link', { name: "S'abonner au calendrier" })).toHaveAttribute(
      'href',
      `http://api.test/api/v1/feeds/events.ics?coalition=${slug}`,
    );
    expect(await screen.findByText('Comment Latitudes travaille avec les écoles.')).toBeVisible();
    expect(await screen.findByText('Aucune déclinaison territoriale.')).toBeVisible();
    expect(await screen.findByText('Aucune note liée.')).toBeVisible();
  });

  it('asks for the related lists only after the coalition has been painted', async () => {
    // Frames are held back until the test lets them run.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const fetchSpy = stubApi({
      [`/api/v1/coalitions/${slug}`]: coalition,
      [`/api/v1/coalitions/${slug}/territories`]: page([]),
      '/api/v1/events': page([{ slug: 'reset-day-4', title: 'Reset Day 4', kind: 'RESET_DAY' }]),
      '/api/v1/notes': page([]),
      '/api/v1/testimonies': page([]),
      '/api/v1/resources': page([]),
      '/api/v1/initiatives': page([]),
    });
    renderApp(`/coalitions/${slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: coalition.title })).toBeVisible();
    const lists = [
      `/api/v1/coalitions/${slug}/territories`,
      '/api/v1/events',
      '/api/v1/notes',
      '/api/v1/testimonies',
    ];
    const related = () =>
      requestedUrls(fetchSpy)
        .map((url) => url.pathname)
        .filter((path) => lists.includes(path));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(related()).toEqual([]);

    for (const frame of frames.splice(0)) frame(performance.now());
    expect(await screen.findByRole('link', { name: 'Reset Day 4' })).toBeVisible();
    expect(related().sort()).toEqual(lists);
  });

  it('shows the not-found page for an unknown coalition', async () => {
    stubApi({ '/api/v1/coalitions/inconnue': problem(404, 'Not found') });
    renderApp('/coalitions/inconnue');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' }),
    ).toBeVisible();
  });
});

describe('Unknown address', () => {
  it('shows a real not-found page with a way home', async () => {
    stubApi({});
    renderApp('/nulle-part');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
    await waitFor(() => {
      expect(document.title).toBe('Page introuvable · Fabrique');
    });
  });
});
