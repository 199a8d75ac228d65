import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { RouteErrorBoundary } from '@/app/routes/route-error';
import { renderComponent } from '@/testing/render';

function Broken(): never {
  throw new Error('This page cannot render');
}

describe('RouteErrorBoundary', () => {
  it('shows the error state when a page fails, and the app again at another address', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { router } = renderComponent(
      <RouteErrorBoundary>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<p>A page that works</p>} />
        </Routes>
      </RouteErrorBoundary>,
      '/broken',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayer');
    expect(logged).toHaveBeenCalled();

    await router.navigate('/fine');
    expect(await screen.findByText('A page that works')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
