import { useTranslation } from 'react-i18next';
import { languages, switchLanguage } from '@/lib/i18n';

/**
 * French / English; the choice loads that language's strings if needed, is remembered and sets
 * `<html lang>` (see lib/i18n.ts).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => {
            void switchLanguage(i18n, language);
          }}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
