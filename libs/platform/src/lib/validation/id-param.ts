import { ArgumentMetadata, Injectable, Param, PipeTransform } from '@nestjs/common';
import { BadRequestProblem } from '../errors/domain-problem.exception';
import { isUuid } from './patterns';

/** What a path parameter must look like, and how the 400 says so. */
export interface PathParamFormat {
  readonly test: (value: string) => boolean;
  /** Completes "<name> ..." in `errors[]`, e.g. "must be a UUID". */
  readonly message: string;
}

export const UUID_FORMAT: PathParamFormat = {
  test: isUuid,
  message: 'must be a UUID',
};

/**
 * Checks a path parameter's form before any lookup: anything else is a 400 problem naming the
 * parameter in `errors[]`, the same in every service. The value is never repeated (a DJI number
 * typed into a path must not come back, nor reach a log through the answer).
 */
@Injectable()
export class PathParamPipe implements PipeTransform<string, string> {
  constructor(private readonly format: PathParamFormat = UUID_FORMAT) {}

  transform(value: string, metadata: ArgumentMetadata): string {
    if (this.format.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw new BadRequestProblem(`Invalid input: ${field}`, [
      { field, message: this.format.message },
    ]);
  }
}

/**
 * `@IdParam()` is `@Param('id')` that only lets a UUID through (400 naming `id` otherwise);
 * `@IdParam('brin', BRIN_FORMAT)` checks another form.
 */
export function IdParam(name = 'id', format: PathParamFormat = UUID_FORMAT): ParameterDecorator {
  return Param(name, new PathParamPipe(format));
}
