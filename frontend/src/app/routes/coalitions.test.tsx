import { screen, waitFor, within } from '@testing-library/react';
import { page, requestedUrls, stubApi } from '@/testing/api-stub';
import { axes, coalition3, territories } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

function stubCoalitionApi() {
  return stubApi({
    '/api/v1/coalitions': page([coalition3]),
    '/api/v1/axes': axes,
    '/api/v1/territories/list': page(territories),
  });
}

function coalitionRequests(spy: ReturnType<typeof stubApi>) {
  return requestedUrls(spy).filter((url) => url.pathname === '/api/v1/coalitions');
}

describe('Coalition list filters and the URL', () => {
  it('reads the filters from the query string, shows them and sends them to the API', async () => {
    const spy = stubCoalitionApi();
    renderApp('/coalitions?axis=environnement&stage=FORMING&keyword=communs&page=2');

    expect(await screen.findByRole('heading', { name: /#3 Pour des formations/ })).toBeVisible();
    const form = screen.getByRole('search', { name: 'Filtrer les coalitions' });
    await waitFor(() => {
      expect(within(form).getByLabelText('Axe thématique')).toHaveValue('environnement');
    });
    expect(within(form).getByLabelText('Étape')).toHaveValue('FORMING');
    expect(within(form).getByLabelText('Mot-clé')).toHaveValue('communs');

    const [request] = coalitionRequests(spy);
    expect(request?.searchParams.get('axis')).toBe('environnement');
    expect(request?.searchParams.get('stage')).toBe('FORMING');
    expect(request?.searchParams.get('keyword')).toBe('communs');
    expect(request?.searchParams.get('page')).toBe('1'); // the URL counts from 1, the API from 0
    await waitFor(() => {
      expect(document.title).toBe('Coalitions · Fabrique');
    });
  });

  it('writes the chosen filters into the query string and asks the API again', async () => {
    const spy = stubCoalitionApi();
    const { router, user } = renderApp('/coalitions?page=3');
    await screen.findByRole('heading', { name: /#3 Pour des formations/ });
    const form = screen.getByRole('search', { name: 'Filtrer les coalitions' });
    await waitFor(() => {
      expect(
        within(form).getByRole('option', { name: 'Métropole Européenne de Lille' }),
      ).toBeInTheDocument();
    });

    await user.selectOptions(
      within(form).getByLabelText('Territoire'),
      'metropole-europeenne-de-lille',
    );
    await user.selectOptions(within(form).getByLabelText('Étape'), 'COMMITTED');
    await user.type(within(form).getByLabelText('Mots recherchés'), 'numérique');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() => {
      expect(router.state.location.search).toBe(
        `?${new URLSearchParams({ territory: 'metropole-europeenne-de-lille', stage: 'COMMITTED', q: 'numérique' }).toString()}`,
      );
    });
    await waitFor(() => {
      const last = coalitionRequests(spy).at(-1);
      expect(last?.searchParams.get('territory')).toBe('metropole-europeenne-de-lille');
      expect(last?.searchParams.get('stage')).toBe('COMMITTED');
      expect(last?.searchParams.get('q')).toBe('numérique');
      expect(last?.searchParams.get('page')).toBe('0'); // a new filter starts on the first page
    });
  });

  it('follows the URL when it changes (a keyword link, the back button)', async () => {
    stubCoalitionApi();
    const { router } = renderApp('/coalitions?keyword=communs');
    await screen.findByRole('heading', { name: /#3 Pour des formations/ });

    await router.navigate('/coalitions?keyword=formation');

    await waitFor(() => {
      expect(screen.getByLabelText('Mot-clé')).toHaveValue('formation');
    });
  });

  it('says when no coalition matches', async () => {
    stubApi({
      '/api/v1/coalitions': page([]),
      '/api/v1/axes': axes,
      '/api/v1/territories/list': page(territories),
    });
    renderApp('/coalitions?keyword=inconnu');
    expect(await screen.findByText('Aucune coalition ne correspond à ces filtres.')).toBeVisible();
  });
});
