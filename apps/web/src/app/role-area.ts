import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../session/claims';

export interface MenuItem {
  /** Path below the area's base path ('' for its home). */
  to: string;
  /** Message key in the area's namespace. */
  label: string;
}

/**
 * The part of the application one role works in: its base path, its menu and its screens. Each
 * role sees only its own area; the services enforce the scope, the menu never replaces that.
 */
export interface RoleArea {
  role: Role;
  /** e.g. `/werkplaats` */
  basePath: string;
  /** The i18n namespace of the area (its feature folder). */
  namespace: string;
  menu: readonly MenuItem[];
  /** The area's routes, rendered under `${basePath}/*`. */
  Screens: LazyExoticComponent<ComponentType>;
}
