import { Route, Routes } from 'react-router-dom';
import { CovenantsPage } from './covenants-page';
import { VacancyFollowUpsPage } from './placement-follow-ups';
import { EditVacancyPage, NewVacancyPage, VacanciesPage } from './vacancies-pages';
import { VacancyPage } from './vacancy-page';

export function EmployerScreens() {
  return (
    <Routes>
      <Route index element={<VacanciesPage />} />
      <Route path="vacatures/nieuw" element={<NewVacancyPage />} />
      <Route path="vacatures/:id" element={<VacancyPage />} />
      <Route path="vacatures/:id/wijzigen" element={<EditVacancyPage />} />
      <Route path="convenanten" element={<CovenantsPage />} />
      <Route path="opvolging" element={<VacancyFollowUpsPage />} />
      <Route path="*" element={<VacanciesPage />} />
    </Routes>
  );
}
