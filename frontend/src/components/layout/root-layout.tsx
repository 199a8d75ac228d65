import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { Loading } from '@/components/ui/query-state';
import { AuthStatus } from '@/components/layout/auth-status';
import { LanguageInUrl } from '@/components/layout/language-in-url';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { SiteSearch } from '@/components/layout/site-search';
import { Roles, useAuth } from '@/lib/auth';

/** Entries for signed-in people (their commitments, the coordinators' inbox): loaded on sign-in. */
const AccountNav = lazy(() => import('@/features/commitments/components/account-nav'));
const NotificationsNav = lazy(() => import('@/features/people/components/notifications-nav'));

const links = [
  { to: '/', key: 'panorama', end: true },
  { to: '/coalitions', key: 'coalitions', end: false },
  { to: '/territories', key: 'territories', end: false },
  { to: '/graph', key: 'graph', end: false },
  { to: '/events', key: 'events', end: false },
  { to: '/notes', key: 'notes', end: false },
  { to: '/actors', key: 'actors', end: false },
  { to: '/people', key: 'people', end: false },
  { to: '/resources', key: 'resources', end: false },
] as const;

export function RootLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const auth = useAuth();
  const moderates = auth.hasRole(Roles.moderator) || auth.hasRole(Roles.admin);
  const proposals = auth.hasRole(Roles.editor) || auth.hasRole(Roles.admin);
  const signedIn = auth.status === 'authenticated';
  // The next page's code and data are loading: the current page stays, marked as busy.
  const loading = useNavigation().state === 'loading';
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a navigation, move the focus to the new page, as a full page load would (the scroll
  // position is ScrollRestoration's: the top of a new page, the former place on going back).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <ScrollRestoration />
      {loading && <div className="route-progress" aria-hidden="true" />}
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__top container">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="site-header__tools">
            <SiteSearch />
            <LanguageSwitch />
            <LanguageInUrl />
            <AuthStatus />
          </div>
        </div>
        <nav className="site-nav" aria-label={t('app.mainNav')}>
          <ul className="container">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {t(`nav.${link.key}`)}
                </NavLink>
              </li>
            ))}
            {moderates && (
              <li>
                <NavLink to="/moderation">{t('nav.moderation')}</NavLink>
              </li>
            )}
            {auth.hasRole(Roles.admin) && (
              <li>
                <NavLink to="/accounts">{t('nav.accounts')}</NavLink>
              </li>
            )}
            {proposals && (
              <li>
                <NavLink to="/intentions" end>
                  {t('nav.intentions')}
                </NavLink>
              </li>
            )}
            {signedIn && (
              <Suspense fallback={null}>
                <AccountNav />
                <NotificationsNav />
              </Suspense>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container" aria-busy={loading}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>
            <Link to="/privacy">{t('app.privacy')}</Link>
            {' · '}
            <Link to="/open-data">{t('openData.footerLink')}</Link>
            {' · '}
            <Link to="/intentions/new">{t('nav.propose')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
