import type { RoleArea } from '../../app/role-area';
import { SchoolScreens } from './school-screens';

export const schoolArea: RoleArea = {
  role: 'education-provider',
  basePath: '/school',
  namespace: 'school',
  menu: [{ to: '', label: 'menu.home' }],
  Screens: SchoolScreens,
};
