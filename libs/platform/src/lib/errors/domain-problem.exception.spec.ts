import { HttpException, MethodNotAllowedException } from '@nestjs/common';
import {
  BadRequestProblem,
  ConflictProblem,
  ForbiddenProblem,
  NotFoundProblem,
  UnprocessableProblem,
} from './domain-problem.exception';
import { toProblem } from './problem.mapper';

describe('toProblem', () => {
  it.each([
    [new NotFoundProblem('gone'), 404, 'urn:bridge:problem:not-found'],
    [new ConflictProblem('twice'), 409, 'urn:bridge:problem:conflict'],
    [new ForbiddenProblem('no'), 403, 'urn:bridge:problem:forbidden'],
    [new BadRequestProblem('bad'), 400, 'urn:bridge:problem:bad-request'],
    [
      new UnprocessableProblem('unknown crebo 99999', 'crebo'),
      422,
      'urn:bridge:problem:unprocessable',
    ],
  ])('maps %s once to HTTP', (exception, status, type) => {
    expect(toProblem(exception, 'r1')).toMatchObject({
      status,
      type,
      detail: exception.detail,
      requestId: 'r1',
    });
  });

  it('names the field of a 422', () => {
    expect(toProblem(new UnprocessableProblem('unknown crebo 99999', 'crebo'), 'r').errors).toEqual(
      [{ field: 'crebo', message: 'unknown crebo 99999' }],
    );
  });

  it('keeps the message of a Nest 4xx and uses about:blank for statuses without a code', () => {
    expect(toProblem(new MethodNotAllowedException('nope'), 'r')).toMatchObject({
      status: 405,
      type: 'urn:bridge:problem:method-not-allowed',
      detail: 'nope',
    });
    expect(toProblem(new HttpException('teapot', 418), 'r')).toMatchObject({
      status: 418,
      type: 'about:blank',
      title: "I'm a Teapot",
    });
  });

  it('hides the message of a 5xx HttpException and of unknown errors', () => {
    expect(toProblem(new HttpException('db password x', 500), 'r').detail).not.toContain(
      'password',
    );
    expect(toProblem(new Error('secret'), 'r')).toMatchObject({
      status: 500,
      title: 'Internal server error',
    });
    expect(toProblem('thrown string', 'r').status).toBe(500);
  });
});
