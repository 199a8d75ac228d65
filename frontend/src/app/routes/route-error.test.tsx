import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { PageError } from '@/app/routes/route-error';
import { createI18n } from '@/lib/i18n';

function Broken(): never {
  throw new Error('This page cannot render');
}

function Layout() {
  return (
    <>
      <nav aria-label="Navigation principale">
        <Link to="/fine">Ailleurs</Link>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

describe('PageError', () => {
  it('shows a page that fails to render as an error inside the layout, until the reader leaves', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter(
      [
        {
          element: <Layout />,
          children: [
            {
              errorElement: <PageError />,
              children: [
                { path: '/broken', element: <Broken /> },
                { path: '/fine', element: <p>A page that works</p> },
              ],
            },
          ],
        },
      ],
      { initialEntries: ['/broken'] },
    );
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayer');
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    expect(logged).toHaveBeenCalled();

    await act(async () => {
      await router.navigate('/fine');
    });
    expect(await screen.findByText('A page that works')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
