import { Route, Routes } from 'react-router-dom';
import { SchoolPlaceFollowUpsPage } from './placement-follow-ups';
import { SchoolPlacePage } from './school-place-page';
import { EditSchoolPlacePage, NewSchoolPlacePage, SchoolPlacesPage } from './school-places-pages';

export function SchoolScreens() {
  return (
    <Routes>
      <Route index element={<SchoolPlacesPage />} />
      <Route path="schoolplekken/nieuw" element={<NewSchoolPlacePage />} />
      <Route path="schoolplekken/:id" element={<SchoolPlacePage />} />
      <Route path="schoolplekken/:id/wijzigen" element={<EditSchoolPlacePage />} />
      <Route path="opvolging" element={<SchoolPlaceFollowUpsPage />} />
      <Route path="*" element={<SchoolPlacesPage />} />
    </Routes>
  );
}
