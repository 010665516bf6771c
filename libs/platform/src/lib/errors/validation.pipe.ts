import { ValidationPipe } from '@nestjs/common';
import { BadRequestProblem } from './domain-problem.exception';
import { flattenValidationErrors } from './validation-error.flattener';

/**
 * The platform's validation pipe (installed globally by `PlatformModule`): strips nothing
 * silently — an unknown field is a 400 naming it — transforms payloads to DTO instances and
 * reports every bad field by its dotted path in `errors[]`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // target and value are kept for the per-element report; neither reaches the caller.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new BadRequestProblem(
        `Invalid input: ${[...new Set(fieldErrors.map((e) => e.field))].join(', ')}`,
        fieldErrors,
      );
    },
  });
}
