import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC = 'bridge:isPublic';

/**
 * Marks a route (or controller) as open without a bearer token. Everything else requires one.
 * In the OpenAPI document the operation gets no security requirement.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));
