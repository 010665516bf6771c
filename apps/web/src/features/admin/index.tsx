import type { RoleArea } from '../../app/role-area';
import { AdminScreens } from './admin-screens';
import { ADMIN_BASE } from './paths';

export const adminArea: RoleArea = {
  role: 'admin',
  basePath: ADMIN_BASE,
  namespace: 'admin',
  menu: [
    { to: 'werkgevers', label: 'menu.employers' },
    { to: 'scholen', label: 'menu.providers' },
    { to: 'convenanten', label: 'menu.covenants' },
    { to: 'inzicht', label: 'menu.insights' },
    { to: 'auditlog', label: 'menu.audit' },
    { to: 'zoekindex', label: 'menu.reindex' },
  ],
  Screens: AdminScreens,
};
