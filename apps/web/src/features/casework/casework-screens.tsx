import { PageTitle } from '@bridge/ui';
import { Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/page-title';

function Home() {
  const { t } = useTranslation('casework');
  usePageTitle(t('menu.home'));
  return <PageTitle>{t('menu.home')}</PageTitle>;
}

export function CaseworkScreens() {
  return (
    <Routes>
      <Route index element={<Home />} />
    </Routes>
  );
}
