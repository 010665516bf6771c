import type { RoleArea } from '../../app/role-area';
import { CaseworkScreens } from './casework-screens';
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
  Screens: CaseworkScreens,
};
