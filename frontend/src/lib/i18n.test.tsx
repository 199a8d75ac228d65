import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import {
  createI18n,
  startI18n,
  switchLanguage,
  useFeatureTranslation,
  type FeatureStrings,
} from '@/lib/i18n';

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

describe('the strings of each language', () => {
  it('holds French only until another language is chosen, then loads it', async () => {
    const i18n = createI18n('fr');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.territories')).toBe('Territories');
  });

  it("starts with the reader's language loaded", async () => {
    const i18n = await startI18n('en');
    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('nav.territories')).toBe('Territories');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('the language of the address', () => {
  it('starts in the language a shared link names, over the one remembered', async () => {
    window.localStorage.setItem('fabrique.language', 'fr');
    window.history.replaceState(null, '', '/coalitions/x?lang=en');
    try {
      const i18n = await startI18n();
      expect(i18n.language).toBe('en');
      expect(document.documentElement.lang).toBe('en');
    } finally {
      window.history.replaceState(null, '', '/');
      window.localStorage.removeItem('fabrique.language');
    }
  });

  it('ignores a lang that names no language of the app', async () => {
    window.history.replaceState(null, '', '/?lang=de');
    try {
      const i18n = await startI18n();
      expect(i18n.language).toBe('fr');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});
