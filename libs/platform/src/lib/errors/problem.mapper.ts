import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DomainProblem } from './domain-problem.exception';
import {
  PROBLEM_CATALOGUE,
  ProblemCode,
  problemCodeForStatus,
  problemType,
} from './problem.catalogue';
import { malformedJsonDetail } from './json-body';
import { FieldError, ProblemDocument } from './problem.model';

/** An error as thrown by body-parser / http-errors (`expose` says its message is safe to show). */
interface HttpLikeError {
  status: number;
  expose?: boolean;
  type?: string;
  message: string;
  limit?: number;
  /** The text body-parser could not parse. */
  body?: unknown;
}

/** Turns anything thrown into the problem document answered to the caller. */
export function toProblem(exception: unknown, requestId: string): ProblemDocument {
  if (exception instanceof DomainProblem) {
    return problem(exception.code, exception.detail, requestId, exception.errors);
  }
  if (exception instanceof HttpException) {
    return fromHttpException(exception, requestId);
  }
  if (isHttpLikeError(exception)) {
    return fromHttpLikeError(exception, requestId);
  }
  return internal(requestId);
}

function fromHttpException(exception: HttpException, requestId: string): ProblemDocument {
  const status = exception.getStatus();
  if (status >= 500) return internal(requestId, status);
  const code = problemCodeForStatus(status);
  const detail = messageOf(exception.getResponse()) || exception.message;
  if (code) return problem(code, detail, requestId);
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    requestId,
  };
}

function fromHttpLikeError(error: HttpLikeError, requestId: string): ProblemDocument {
  switch (error.type) {
    case 'entity.parse.failed':
      return problem('bad-request', malformedJsonDetail(error.body), requestId);
    case 'entity.too.large':
      return problem('payload-too-large', bodyTooLarge(error.limit), requestId);
    default:
      return fromHttpException(new HttpException(error.message, error.status), requestId);
  }
}

/** The detail of a 413; `limit` in bytes as body-parser reports it. */
export function bodyTooLarge(limit?: number): string {
  return limit
    ? `The request body exceeds the limit of ${Math.round(limit / 1024)} KiB`
    : 'The request body is too large';
}

function internal(requestId: string, status = 500): ProblemDocument {
  const code: ProblemCode = status === 503 ? 'service-unavailable' : 'internal';
  return problem(
    code,
    `An unexpected error occurred. Quote request id ${requestId} when reporting it.`,
    requestId,
    undefined,
    status,
  );
}

function problem(
  code: ProblemCode,
  detail: string,
  requestId: string,
  errors?: readonly FieldError[],
  status: number = PROBLEM_CATALOGUE[code].status,
): ProblemDocument {
  return {
    type: problemType(code),
    title: PROBLEM_CATALOGUE[code].title,
    status,
    detail,
    ...(errors?.length ? { errors } : {}),
    requestId,
  };
}

function messageOf(response: string | object): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return '';
}

function isHttpLikeError(value: unknown): value is HttpLikeError {
  if (!(value instanceof Error)) return false;
  const { status, expose } = value as Partial<HttpLikeError>;
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}
