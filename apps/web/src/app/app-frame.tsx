import { AppShell, Button } from '@bridge/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { LANGUAGES } from '../i18n/i18n';
import { useRuntimeConfig } from '../session/runtime-config';
import { SignInPage } from '../session/sign-in-page';
import { useSession } from '../session/session';
import type { Claims } from '../session/claims';
import { piName, regionName } from '../shared/reference';
import { AREAS } from './areas';
import type { RoleArea } from './role-area';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="bridge-language" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="bridge-language__option"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}

function scopeText(claims: Claims): string {
  if (claims.pi) return piName(claims.pi);
  if (claims.regions) return claims.regions.map(regionName).join(', ');
  if (claims.brin) return `BRIN ${claims.brin}`;
  return '';
}

function SignedInAs() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const queryClient = useQueryClient();
  const config = useRuntimeConfig();
  if (!session) return null;
  const scope = scopeText(session.claims);
  return (
    <div className="bridge-signed-in">
      <span>
        {t('header.signedInAs', { role: t(`roles.${session.claims.role}`), sub: session.claims.sub })}
        {scope && <span className="bridge-signed-in__scope"> · {scope}</span>}
      </span>
      <Button
        appearance="subtle"
        onClick={() => {
          // Nothing of the last person's data stays in memory for the next one.
          queryClient.clear();
          signOut();
          // Behind the backend-for-frontend its session (and the tokens it holds) ends too.
          if (config.data?.authMode === 'oidc') window.location.assign('/auth/logout');
        }}
      >
        {t('header.signOut')}
      </Button>
    </div>
  );
}

function RoleMenu({ area }: { area: RoleArea }) {
  const { t } = useTranslation(area.namespace);
  const { t: common } = useTranslation();
  return (
    <nav className="bridge-menu" aria-label={common('menu.label')}>
      <ul className="bridge-menu__list">
        {area.menu.map((item) => (
          <li key={item.to}>
            <NavLink
              end={item.to === ''}
              to={item.to ? `${area.basePath}/${item.to}` : area.basePath}
              className={({ isActive }) => `bridge-menu__link${isActive ? ' bridge-menu__link--current' : ''}`}
            >
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** After client-side navigation focus moves to the new screen's main content, as after a page load. */
function useFocusMainOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: false });
  }, [location.pathname]);
}

export function AppFrame() {
  const { t } = useTranslation();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const area = session ? AREAS[session.claims.role] : undefined;
  useFocusMainOnNavigation();
  useEffect(() => {
    if (!session) queryClient.clear();
  }, [session, queryClient]);

  return (
    <AppShell
      title={<span className="bridge-app-name">{t('appName')}</span>}
      skipLinkLabel={t('skipLink')}
      headerEnd={
        <>
          <LanguageSwitch />
          <SignedInAs />
        </>
      }
      navigation={area && <RoleMenu area={area} />}
      footer={<p>{t('footer')}</p>}
    >
      {area ? (
        <Routes>
          <Route path={`${area.basePath}/*`} element={<area.Screens />} />
          <Route path="*" element={<Navigate to={area.basePath} replace />} />
        </Routes>
      ) : (
        <SignInPage />
      )}
    </AppShell>
  );
}
