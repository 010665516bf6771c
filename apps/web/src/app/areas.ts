import type { Role } from '../session/claims';
import { adminArea } from '../features/admin';
import { caseworkArea } from '../features/casework';
import { employerArea } from '../features/employer';
import { reviewArea } from '../features/review';
import { schoolArea } from '../features/school';
import { workshopArea } from '../features/workshop';
import type { RoleArea } from './role-area';

export const AREAS: Readonly<Record<Role, RoleArea>> = {
  'workshop-leader': workshopArea,
  casemanager: caseworkArea,
  'uwv-advisor': reviewArea,
  employer: employerArea,
  'education-provider': schoolArea,
  admin: adminArea,
};
