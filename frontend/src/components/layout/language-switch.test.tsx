import { screen, within, waitFor } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { stubApi } from '@/testing/api-stub';
import { panorama } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

describe('Language switch', () => {
  it('shows French by default', async () => {
    stubApi({ '/api/v1/panorama': panorama });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Panorama des coalitions' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('fr');
    const group = screen.getByRole('group', { name: 'Langue' });
    expect(within(group).getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    stubApi({ '/api/v1/panorama': panorama });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Panorama des coalitions' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(
      screen.getByRole('heading', { level: 1, name: 'Panorama of the coalitions' }),
    ).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => {
      expect(document.title).toBe('Panorama of the coalitions · Fabrique');
    });
  });

  it('starts in the language chosen earlier', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    stubApi({ '/api/v1/panorama': panorama });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Panorama of the coalitions' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });
});
