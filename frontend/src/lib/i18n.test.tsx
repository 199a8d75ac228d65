import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, useFeatureTranslation, type FeatureStrings } from '@/lib/i18n';

const strings = {
  fr: { greeting: 'Bonjour {{name}}' },
  en: { greeting: 'Hello {{name}}' },
} satisfies FeatureStrings<{ greeting: string }>;

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    i18nTest: (typeof strings)['fr'];
  }
}

function Greeting() {
  const { t } = useFeatureTranslation('i18nTest', strings);
  return <p>{t('greeting', { name: 'Ada' })}</p>;
}

describe('useFeatureTranslation', () => {
  it('adds a feature namespace on first render, in the current language', () => {
    const i18n = createI18n('fr');
    expect(i18n.hasResourceBundle('fr', 'i18nTest')).toBe(false);
    render(
      <I18nextProvider i18n={i18n}>
        <Greeting />
      </I18nextProvider>,
    );
    expect(screen.getByText('Bonjour Ada')).toBeInTheDocument();
    expect(i18n.hasResourceBundle('en', 'i18nTest')).toBe(true);
  });

  it('follows a language change', async () => {
    const i18n = createI18n('fr');
    render(
      <I18nextProvider i18n={i18n}>
        <Greeting />
      </I18nextProvider>,
    );
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });
});
