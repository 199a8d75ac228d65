import { screen, waitFor, within } from '@testing-library/react';
import { http, setupApiServer } from '@/testing/msw';
import { renderComponent } from '@/testing/render';
import AllySuggestions from '@/features/graph/components/ally-suggestions';

const api = setupApiServer();

describe('ally suggestions', () => {
  it('lists each problem’s allies, best first, with their reasons in words', async () => {
    api.use(
      http.get('/api/v1/coalitions/{slug}/allies', ({ response }) =>
        response(200).json({
          problems: [
            {
              problemId: 41,
              title: 'Trainings without ethics',
              alliesSought: ['local authorities'],
              suggestions: [
                {
                  actor: { slug: 'mel', name: 'MEL', kind: 'LOCAL_AUTHORITY' },
                  score: 5,
                  invited: false,
                  reasons: [
                    { kind: 'KIND', detail: 'local authorities' },
                    { kind: 'TERRITORY', detail: 'Métropole Européenne de Lille' },
                  ],
                },
              ],
            },
            { problemId: 42, title: 'No shared modules', alliesSought: [], suggestions: [] },
          ],
        }),
      ),
    );
    renderComponent(<AllySuggestions slug="formations" />, '/', { language: 'en' });
    const problem = await screen.findByRole('region', { name: 'Trainings without ethics' });
    expect(within(problem).getByText('Allies sought: local authorities')).toBeInTheDocument();
    expect(within(problem).getByRole('link', { name: 'MEL' })).toHaveAttribute(
      'href',
      '/actors/mel',
    );
    expect(
      within(problem).getByText('matches the allies sought: local authorities'),
    ).toBeInTheDocument();
    expect(
      within(problem).getByText(
        'present in a territory of the coalition: Métropole Européenne de Lille',
      ),
    ).toBeInTheDocument();
    const empty = screen.getByRole('region', { name: 'No shared modules' });
    expect(within(empty).getByText('No actor matches this problem yet.')).toBeInTheDocument();
  });

  it('invites a suggested ally in one click, then shows it invited', async () => {
    let invited = false;
    const invitations: unknown[] = [];
    api.use(
      http.get('/api/v1/coalitions/{slug}/allies', ({ response }) =>
        response(200).json({
          problems: [
            {
              problemId: 41,
              title: 'Trainings without ethics',
              alliesSought: ['associations'],
              suggestions: [
                {
                  actor: { slug: 'latitudes', name: 'Latitudes', kind: 'ASSOCIATION' },
                  score: 9,
                  invited,
                  reasons: [{ kind: 'KIND', detail: 'associations' }],
                },
              ],
            },
          ],
        }),
      ),
      http.post('/api/v1/coalitions/{slug}/invitations', async ({ params, request, response }) => {
        expect(params.slug).toBe('formations');
        invitations.push(await request.json());
        invited = true;
        return response(201).json({ actor: { slug: 'latitudes' }, status: 'INVITED' });
      }),
    );
    const { user } = renderComponent(<AllySuggestions slug="formations" />, '/', {
      language: 'en',
    });
    await user.click(await screen.findByRole('button', { name: 'Invite Latitudes' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent(
        'Latitudes is invited to join the coalition as an ally',
      );
    });
    expect(invitations).toEqual([{ actor: 'latitudes', role: 'ALLY' }]);
    expect(await screen.findByText('Invited, answer awaited')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite Latitudes' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal next to the button, in the problem component', async () => {
    api.use(
      http.get('/api/v1/coalitions/{slug}/allies', ({ response }) =>
        response(200).json({
          problems: [
            {
              problemId: 41,
              title: 'Trainings without ethics',
              suggestions: [
                { actor: { slug: 'latitudes', name: 'Latitudes' }, score: 3, invited: false },
              ],
            },
          ],
        }),
      ),
      http.post('/api/v1/coalitions/{slug}/invitations', ({ response }) =>
        response(409).json(
          {
            type: 'https://fabrique.example/problems/conflict',
            title: 'Conflict',
            status: 409,
            detail: "Actor 'latitudes' is already invited in this coalition",
          },
          { headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderComponent(<AllySuggestions slug="formations" />, '/', {
      language: 'en',
    });
    const invite = await screen.findByRole('button', { name: 'Invite Latitudes' });
    await user.click(invite);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Conflict with the current state.');
    expect(alert).toHaveTextContent("Actor 'latitudes' is already invited in this coalition");
    // Not sent: the button stays, usable again.
    expect(invite).toBeEnabled();
  });

  it('disables the button while the invitation is being sent', async () => {
    let answer: (() => void) | undefined;
    api.use(
      http.get('/api/v1/coalitions/{slug}/allies', ({ response }) =>
        response(200).json({
          problems: [
            {
              problemId: 41,
              title: 'Trainings without ethics',
              suggestions: [
                { actor: { slug: 'latitudes', name: 'Latitudes' }, score: 3, invited: false },
              ],
            },
          ],
        }),
      ),
      http.post('/api/v1/coalitions/{slug}/invitations', async ({ response }) => {
        await new Promise<void>((resolve) => {
          answer = resolve;
        });
        return response(201).json({ actor: { slug: 'latitudes' }, status: 'INVITED' });
      }),
    );
    const { user } = renderComponent(<AllySuggestions slug="formations" />, '/', {
      language: 'en',
    });
    const invite = await screen.findByRole('button', { name: 'Invite Latitudes' });
    await user.click(invite);
    await waitFor(() => {
      expect(invite).toBeDisabled();
    });
    answer?.();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Latitudes is invited');
    });
  });
});
