import { lazy } from 'react';
import type { RoleArea } from '../../app/role-area';
import { SCHOOL_BASE } from './paths';

export const schoolArea: RoleArea = {
  role: 'education-provider',
  basePath: SCHOOL_BASE,
  namespace: 'school',
  menu: [
    { to: '', label: 'menu.places' },
    { to: 'opvolging', label: 'menu.followUps' },
  ],
  // Loaded when the role signs in: nobody downloads the screens of the other roles.
  Screens: lazy(() =>
    import('./school-screens').then((module) => ({ default: module.SchoolScreens })),
  ),
};
