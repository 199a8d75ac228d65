import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { switchLanguage, urlLanguage } from '@/lib/i18n';

/**
 * Keeps the language in the address, so that a shared link opens in the same language: a page
 * whose URL names another language switches to it; a page whose URL names none gets `?lang=`
 * of the current one; choosing a language rewrites the address.
 */
export function LanguageInUrl() {
  const { i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const previous = useRef(i18n.language);

  useEffect(() => {
    const languageChanged = previous.current !== i18n.language;
    previous.current = i18n.language;
    const inUrl = urlLanguage(location.search);
    if (inUrl && inUrl !== i18n.language && !languageChanged) {
      void switchLanguage(i18n, inUrl);
      return;
    }
    if (inUrl !== i18n.language) {
      const params = new URLSearchParams(location.search);
      params.set('lang', i18n.language);
      void navigate(
        { pathname: location.pathname, search: `?${params.toString()}`, hash: location.hash },
        { replace: true, state: location.state as unknown, preventScrollReset: true },
      );
    }
  }, [i18n, i18n.language, location, navigate]);

  return null;
}
