import { screen } from '@testing-library/react';
import { stubApi } from '@/testing/api-stub';
import { renderApp } from '@/testing/render';

describe('Privacy page', () => {
  it('says what the anti-spam service receives and links to both ways of erasing', async () => {
    stubApi({});
    renderApp('/privacy');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vos données personnelles' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Ce que reçoit le service anti-spam' }),
    ).toBeVisible();
    expect(screen.getByText(/votre adresse IP, votre navigateur \(user agent\)/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Demander un lien d’effacement' })).toHaveAttribute(
      'href',
      '/comments/erasure',
    );
    expect(screen.getByRole('link', { name: 'Mes commentaires' })).toHaveAttribute(
      'href',
      '/me/comments',
    );
  });

  it('is linked from the footer and from the forms that take an e-mail address', async () => {
    stubApi({});
    renderApp('/comments/erasure');
    await screen.findByRole('heading', { level: 1, name: 'Effacer mes commentaires' });
    expect(
      screen.getByRole('link', { name: 'Ce que nous gardons de vous et ce que nous en faisons' }),
    ).toHaveAttribute('href', '/privacy');
    expect(screen.getByRole('contentinfo').querySelector('a[href="/privacy"]')).not.toBeNull();
  });
});
