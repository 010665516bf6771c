import { ApiResponse } from '@nestjs/swagger';
import { problemResponse } from './problem.schema';

/**
 * Documents a specific problem answer of one route, e.g.
 * `@ApiProblemResponse(409, 'An employer with this kvkNumber exists')`.
 */
export const ApiProblemResponse = (status: number, description: string) =>
  ApiResponse({ status, ...problemResponse(description) });
