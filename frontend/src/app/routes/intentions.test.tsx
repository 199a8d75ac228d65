import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const axes: Schemas['Axis'][] = [
  { slug: 'environnement', name: 'Environmental dimension', colour: '#2e7d32' },
  { slug: 'democratie', name: 'Democracy', colour: '#1565c0' },
];

const pending: Schemas['Intention'] = {
  id: 12,
  title: 'For responsible public procurement',
  descriptionHtml: '<p>Because procurement makes demand.</p>',
  axes: [{ slug: 'environnement', name: 'Environmental dimension', colour: '#2e7d32' }],
  problems: ['No environmental criterion in tenders'],
  allyKinds: ['local authorities'],
  authorName: 'Dominique',
  signedIn: false,
  lang: 'en',
  status: 'PENDING',
  createdAt: '2026-12-01T10:00:00Z',
};

describe('proposed coalitions', () => {
  it('a reader proposes a coalition: axes, problems one a line, the anti-spam fields', async () => {
    let sent: Record<string, unknown> | undefined;
    api.use(
      http.get('/api/v1/axes', ({ response }) => response(200).json(axes)),
      http.post('/api/v1/intentions', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ id: 3, status: 'PENDING', message: 'Thank you' });
      }),
    );
    const { user } = renderApp('/intentions/new', { language: 'en' });
    await user.type(
      await screen.findByLabelText(/^The intention, in one sentence/),
      'For responsible public procurement',
    );
    // An axis at least, before anything is sent.
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    const group = screen.getByRole('group', { name: /The axes it would live in/ });
    await waitFor(() => {
      expect(group.querySelector('.field__error')).not.toBeNull();
    });
    expect(sent).toBeUndefined();

    await user.click(within(group).getByLabelText('Democracy'));
    await user.type(
      screen.getByLabelText(/^The problems it would face/),
      'No criterion{Enter}Few trained buyers',
    );
    await user.type(screen.getByLabelText(/^Your name/), 'Dominique');
    await user.type(screen.getByLabelText(/^Your e-mail address/), 'dominique@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    await screen.findByText(/Thank you! Your proposal is recorded/);
    expect(sent).toMatchObject({
      title: 'For responsible public procurement',
      axes: ['democratie'],
      problems: ['No criterion', 'Few trained buyers'],
      authorName: 'Dominique',
      email: 'dominique@example.org',
    });
    expect(sent?.url).toBeUndefined();
    expect(typeof sent?.formStartedAt).toBe('string');
  });

  it('places the server’s field errors (an anonymous proposal without an address)', async () => {
    api.use(
      http.get('/api/v1/axes', ({ response }) => response(200).json(axes)),
      http.post('/api/v1/intentions', () =>
        problemResponse(400, {
          errors: [{ field: 'email', message: 'required unless signed in' }],
        }),
      ),
    );
    const { user } = renderApp('/intentions/new', { language: 'en' });
    await user.type(
      await screen.findByLabelText(/^The intention, in one sentence/),
      'An intention',
    );
    await user.click(await screen.findByLabelText('Democracy'));
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    await waitFor(() => {
      expect(screen.getByLabelText(/^Your e-mail address/)).toHaveAccessibleDescription(
        expect.stringContaining('required unless signed in'),
      );
    });
  });

  it('an editor accepts a proposal; the list is read again', async () => {
    let decision: unknown;
    let decided = false;
    api.use(
      http.get('/api/v1/intentions', ({ response }) =>
        response(200).json({
          items: decided ? [] : [pending],
          page: 0,
          size: 100,
          totalItems: decided ? 0 : 1,
          totalPages: 1,
        }),
      ),
      http.post('/api/v1/intentions/{id}/decision', async ({ request, response }) => {
        decision = await request.json();
        decided = true;
        return response(200).json({ ...pending, status: 'ACCEPTED' });
      }),
    );
    const { user } = renderApp('/intentions', {
      auth: fakeAuth(['editor']),
      language: 'en',
    });
    const card = await screen.findByRole('article', { name: pending.title });
    expect(within(card).getByText('No environmental criterion in tenders')).toBeInTheDocument();
    await user.type(within(card).getByLabelText(/^A word for the proposer/), 'Welcome');
    await user.click(within(card).getByRole('button', { name: 'Accept as an emerging coalition' }));
    await waitFor(() => {
      expect(decision).toBeDefined();
    });
    await screen.findByText('No proposal here.');
    expect(decision).toEqual({ action: 'ACCEPT', note: 'Welcome' });
  });

  it('is refused to a member', async () => {
    renderApp('/intentions', { auth: fakeAuth(['member']), language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not allowed' }),
    ).toBeInTheDocument();
  });
});
