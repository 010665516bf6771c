import type { RoleArea } from '../../app/role-area';
import { CaseworkScreens } from './casework-screens';

export const caseworkArea: RoleArea = {
  role: 'casemanager',
  basePath: '/casemanagement',
  namespace: 'casework',
  menu: [{ to: '', label: 'menu.home' }],
  Screens: CaseworkScreens,
};
