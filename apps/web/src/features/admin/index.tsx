import type { RoleArea } from '../../app/role-area';
import { AdminScreens } from './admin-screens';

export const adminArea: RoleArea = {
  role: 'admin',
  basePath: '/beheer',
  namespace: 'admin',
  menu: [{ to: '', label: 'menu.home' }],
  Screens: AdminScreens,
};
