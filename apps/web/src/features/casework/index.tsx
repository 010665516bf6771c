import { lazy } from 'react';
import type { RoleArea } from '../../app/role-area';
import { CASEWORK_BASE } from './paths';

export const caseworkArea: RoleArea = {
  role: 'casemanager',
  basePath: CASEWORK_BASE,
  namespace: 'casework',
  menu: [
    { to: '', label: 'menu.candidates' },
    { to: 'registreren', label: 'menu.register' },
    { to: 'zoeken', label: 'menu.lookup' },
  ],
  // Loaded when the role signs in: nobody downloads the screens of the other roles.
  Screens: lazy(() =>
    import('./casework-screens').then((module) => ({ default: module.CaseworkScreens })),
  ),
};
