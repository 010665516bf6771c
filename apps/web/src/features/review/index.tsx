import type { RoleArea } from '../../app/role-area';
import { ReviewScreens } from './review-screens';

export const reviewArea: RoleArea = {
  role: 'uwv-advisor',
  basePath: '/beoordelen',
  namespace: 'review',
  menu: [{ to: '', label: 'menu.home' }],
  Screens: ReviewScreens,
};
