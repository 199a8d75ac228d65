import { screen } from '@testing-library/react';
import { preloadPage } from '@/app/router';
import { stubApi } from '@/testing/api-stub';
import { renderApp } from '@/testing/render';

describe('preloadPage', () => {
  it('makes the first render show the page itself, not the loading state', async () => {
    stubApi({});
    await preloadPage('/nulle-part');
    renderApp('/nulle-part');
    // No waiting: the page is there in the first render.
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    expect(screen.queryByText('Chargement…')).not.toBeInTheDocument();
  });
});
