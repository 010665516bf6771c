import { lazy } from 'react';
import type { RoleArea } from '../../app/role-area';
import { REVIEW_BASE } from './paths';

export const reviewArea: RoleArea = {
  role: 'uwv-advisor',
  basePath: REVIEW_BASE,
  namespace: 'review',
  menu: [{ to: '', label: 'menu.queue' }],
  // Loaded when the role signs in: nobody downloads the screens of the other roles.
  Screens: lazy(() =>
    import('./review-screens').then((module) => ({ default: module.ReviewScreens })),
  ),
};
