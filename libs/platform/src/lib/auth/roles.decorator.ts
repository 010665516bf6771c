import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.model';

export const ROLES_KEY = 'bridge:roles';

/**
 * The roles that may use a route (on a method, or on a controller for all its routes; the method
 * wins). Any other role gets 403. Scope (own PI, own employer, ...) is checked by the service,
 * answering 404 when out of scope.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES_KEY, roles);
