import type { RoleArea } from '../../app/role-area';
import { WorkshopScreens } from './workshop-screens';

export const workshopArea: RoleArea = {
  role: 'workshop-leader',
  basePath: '/werkplaats',
  namespace: 'workshop',
  menu: [{ to: '', label: 'menu.home' }],
  Screens: WorkshopScreens,
};
