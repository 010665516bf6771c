import { lazy } from 'react';
import type { RoleArea } from '../../app/role-area';
import { EMPLOYER_BASE } from './paths';

export const employerArea: RoleArea = {
  role: 'employer',
  basePath: EMPLOYER_BASE,
  namespace: 'employer',
  menu: [
    { to: '', label: 'menu.vacancies' },
    { to: 'opvolging', label: 'menu.followUps' },
    { to: 'convenanten', label: 'menu.covenants' },
  ],
  // Loaded when the role signs in: nobody downloads the screens of the other roles.
  Screens: lazy(() =>
    import('./employer-screens').then((module) => ({ default: module.EmployerScreens })),
  ),
};
