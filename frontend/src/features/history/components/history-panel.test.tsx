import { screen, within } from '@testing-library/react';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { fakeAuth } from '@/testing/fake-auth';
import { problem, requestedUrls, stubApi } from '@/testing/api-stub';
import { renderComponent } from '@/testing/render';

const history = {
  items: [
    {
      revision: 12,
      changedAt: '2026-12-06T10:30:00Z',
      kind: 'UPDATED',
      author: { kind: 'ACCOUNT', name: 'Camille Martin' },
      changes: [{ field: 'website', before: 'https://a.example', after: 'https://b.example' }],
    },
    {
      revision: 3,
      changedAt: '2026-12-01T08:00:00Z',
      kind: 'CREATED',
      author: { kind: 'DELETED' },
      changes: [{ field: 'name', before: null, after: 'Latitudes' }],
    },
  ],
  page: 0,
  size: 10,
  totalItems: 12,
  totalPages: 2,
};

describe('HistoryPanel', () => {
  it('loads the history when opened, with each difference, its author and its date', async () => {
    const spy = stubApi({ '/api/v1/actors/latitudes/history': history });
    const { user } = renderComponent(
      <HistoryPanel path="/api/v1/actors/{slug}/history" slug="latitudes" />,
      '/',
      { auth: fakeAuth(['editor']) },
    );
    expect(requestedUrls(spy)).toHaveLength(0);

    await user.click(screen.getByText('Historique'));

    const [first] = await screen.findAllByRole('listitem');
    if (!first) throw new Error('no entry');
    expect(first).toHaveTextContent('Modification');
    expect(first).toHaveTextContent('par Camille Martin');
    const row = within(first).getByRole('row', { name: /website/ });
    expect(row).toHaveTextContent('https://a.example');
    expect(row).toHaveTextContent('https://b.example');
    expect(screen.getByText(/par un compte supprimé/)).toBeInTheDocument();
    expect(screen.getByText('(vide)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Modifications plus anciennes' }));
    expect(requestedUrls(spy).at(-1)?.searchParams.get('page')).toBe('1');
  });

  it('says who may read it when the API refuses', async () => {
    stubApi({ '/api/v1/actors/latitudes/history': problem(403, 'Forbidden') });
    const { user } = renderComponent(
      <HistoryPanel path="/api/v1/actors/{slug}/history" slug="latitudes" />,
      '/',
      { auth: fakeAuth(['coordinator']) },
    );
    await user.click(screen.getByText('Historique'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Seules les personnes qui peuvent modifier cette page en lisent l’historique.',
    );
  });

  it('shows nothing to anonymous readers', () => {
    stubApi({});
    renderComponent(<HistoryPanel path="/api/v1/actors/{slug}/history" slug="latitudes" />);
    expect(screen.queryByText('Historique')).not.toBeInTheDocument();
  });
});
