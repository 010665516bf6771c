import type { RoleArea } from '../../app/role-area';
import { EmployerScreens } from './employer-screens';
import { EMPLOYER_BASE } from './paths';

export const employerArea: RoleArea = {
  role: 'employer',
  basePath: EMPLOYER_BASE,
  namespace: 'employer',
  menu: [
    { to: '', label: 'menu.vacancies' },
    { to: 'convenanten', label: 'menu.covenants' },
  ],
  Screens: EmployerScreens,
};
