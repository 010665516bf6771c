import type { RoleArea } from '../../app/role-area';
import { REVIEW_BASE } from './paths';
import { ReviewScreens } from './review-screens';

export const reviewArea: RoleArea = {
  role: 'uwv-advisor',
  basePath: REVIEW_BASE,
  namespace: 'review',
  menu: [{ to: '', label: 'menu.queue' }],
  Screens: ReviewScreens,
};
