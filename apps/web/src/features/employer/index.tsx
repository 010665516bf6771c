import type { RoleArea } from '../../app/role-area';
import { EmployerScreens } from './employer-screens';

export const employerArea: RoleArea = {
  role: 'employer',
  basePath: '/werkgever',
  namespace: 'employer',
  menu: [{ to: '', label: 'menu.home' }],
  Screens: EmployerScreens,
};
