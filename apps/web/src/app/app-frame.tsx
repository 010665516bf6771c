import { AppShell, Button, Loading } from '@bridge/ui';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ALGORITHM_PATH } from '../features/algorithm/paths';
import { LANGUAGES } from '../i18n/i18n';
import { useRuntimeConfig } from '../session/runtime-config';
import { SignInPage } from '../session/sign-in-page';
import { useSession } from '../session/session';
import type { Claims } from '../session/claims';
import { piName, regionName } from '../shared/reference';
import { AREAS } from './areas';
import type { RoleArea } from './role-area';

// Every role may read it, so it lives beside the areas; loaded only when someone opens it.
const AlgorithmScreen = lazy(() =>
  import('../features/algorithm/algorithm-screen').then((module) => ({
    default: module.AlgorithmScreen,
  })),
);

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
        {t('header.signedInAs', {
          role: t(`roles.${session.claims.role}`),
          sub: session.claims.sub,
        })}
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

/**
 * The role's menu. The current item is the one whose path is the longest prefix of the address,
 * so a detail screen (a vacancy, a suggestion) keeps its list's item marked.
 */
function RoleMenu({ area }: { area: RoleArea }) {
  const { t } = useTranslation(area.namespace);
  const { t: common } = useTranslation();
  const { t: algorithm } = useTranslation('algorithm');
  const { pathname } = useLocation();
  const onAlgorithm = pathname === ALGORITHM_PATH;
  const paths = area.menu.map((item) => (item.to ? `${area.basePath}/${item.to}` : area.basePath));
  const current = paths
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .reduce<
      string | undefined
    >((longest, path) => (longest && longest.length >= path.length ? longest : path), undefined);
  return (
    <nav className="bridge-menu" aria-label={common('menu.label')}>
      <ul className="bridge-menu__list">
        {area.menu.map((item, index) => (
          <li key={item.to}>
            <Link
              to={paths[index]}
              aria-current={paths[index] === current ? 'page' : undefined}
              className={`bridge-menu__link${paths[index] === current ? ' bridge-menu__link--current' : ''}`}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
        <li>
          <Link
            to={ALGORITHM_PATH}
            aria-current={onAlgorithm ? 'page' : undefined}
            className={`bridge-menu__link${onAlgorithm ? ' bridge-menu__link--current' : ''}`}
          >
            {algorithm('menu')}
          </Link>
        </li>
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
        <Suspense fallback={<Loading label={t('loading')} />}>
          <Routes>
            <Route path={ALGORITHM_PATH} element={<AlgorithmScreen />} />
            <Route path={`${area.basePath}/*`} element={<area.Screens />} />
            <Route path="*" element={<Navigate to={area.basePath} replace />} />
          </Routes>
        </Suspense>
      ) : (
        <SignInPage />
      )}
    </AppShell>
  );
}
