import { lazy } from 'react';
import type { RoleArea } from '../../app/role-area';
import { WORKSHOP_BASE } from './paths';

export const workshopArea: RoleArea = {
  role: 'workshop-leader',
  basePath: WORKSHOP_BASE,
  namespace: 'workshop',
  menu: [
    { to: '', label: 'menu.candidates' },
    { to: 'resultaten', label: 'menu.outcomes' },
  ],
  // Loaded when the role signs in: nobody downloads the screens of the other roles.
  Screens: lazy(() =>
    import('./workshop-screens').then((module) => ({ default: module.WorkshopScreens })),
  ),
};
