import type { RoleArea } from '../../app/role-area';
import { WORKSHOP_BASE } from './paths';
import { WorkshopScreens } from './workshop-screens';

export const workshopArea: RoleArea = {
  role: 'workshop-leader',
  basePath: WORKSHOP_BASE,
  namespace: 'workshop',
  menu: [{ to: '', label: 'menu.candidates' }],
  Screens: WorkshopScreens,
};
