import { lazy } from 'react';
import type { RoleArea } from '../../app/role-area';
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
  // Loaded when the role signs in: nobody downloads the screens of the other roles.
  Screens: lazy(() =>
    import('./admin-screens').then((module) => ({ default: module.AdminScreens })),
  ),
};
