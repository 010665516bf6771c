import type { RoleArea } from '../../app/role-area';
import { SCHOOL_BASE } from './paths';
import { SchoolScreens } from './school-screens';

export const schoolArea: RoleArea = {
  role: 'education-provider',
  basePath: SCHOOL_BASE,
  namespace: 'school',
  menu: [{ to: '', label: 'menu.places' }],
  Screens: SchoolScreens,
};
