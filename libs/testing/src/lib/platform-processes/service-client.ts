import { randomUUID } from 'node:crypto';
import type { ServiceName } from '@bridge/contracts';
import { sleep } from './polling';

const ATTEMPT_TIMEOUT_MS = 10_000;
const RETRY_DELAY_MS = 250;
const DEFAULT_WRITE_DEADLINE_MS = 120_000;

/** The claims of a dev token (`POST /auth/dev-token`): `sub`, `role` and the role's scope claim. */
export type TokenClaims = { sub: string; role: string } & Record<string, unknown>;

/** One HTTP request the client sent, and how it ended. */
export interface Attempt {
  service: ServiceName;
  /** Method and path, ids replaced by `:id`. */
  route: string;
  sentAt: number;
  endedAt: number;
  /** The HTTP status, absent when no answer came (connection refused or reset, timeout). */
  status?: number;
  contentType?: string;
  /** The problem document's own status (a clean problem+json answer carries it). */
  problemStatus?: number;
  error?: string;
}

export const succeeded = (attempt: Attempt) =>
  attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;

/** A clean 503: an `application/problem+json` answer whose document says 503. */
export const isClean503 = (attempt: Attempt) =>
  attempt.status === 503 &&
  /^application\/problem\+json/.test(attempt.contentType ?? '') &&
  attempt.problemStatus === 503;

/** Thrown when a write gets an answer no retry can change (a 4xx, or a 5xx other than 503), or its deadline passes. */
export class RejectedWrite extends Error {}

/**
 * An HTTP client of the three services that behaves as a careful real client: every create carries
 * an `Idempotency-Key` and is retried with the same key while the service is unreachable or answers
 * 503, so a write lands exactly once however often it was sent. Dev tokens are minted per claims
 * and kept. Every attempt is recorded, so a test can say which requests failed, when, and how.
 */
export class ServiceClient {
  readonly attempts: Attempt[] = [];
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly urls: Readonly<Record<ServiceName, string>>,
    private readonly writeDeadlineMs = DEFAULT_WRITE_DEADLINE_MS,
  ) {}

  /** Creates a resource and resolves with its id: retried (same key) on no answer and on 503; any other failure rejects at once. */
  async create(
    service: ServiceName,
    path: string,
    body: unknown,
    claims: TokenClaims,
  ): Promise<string> {
    const key = randomUUID();
    const deadline = Date.now() + this.writeDeadlineMs;
    for (;;) {
      const { attempt, body: answer } = await this.withToken(service, claims, (token) =>
        this.attempt(service, 'POST', path, body, {
          authorization: `Bearer ${token}`,
          'idempotency-key': key,
        }),
      );
      if (succeeded(attempt)) return (answer as { id: string }).id;
      const retriable = attempt.status === undefined || attempt.status === 503;
      if (!retriable || Date.now() > deadline) {
        throw new RejectedWrite(
          `${attempt.route} at ${service} answered ${attempt.status ?? attempt.error}: ${JSON.stringify(answer)}`,
        );
      }
      await sleep(RETRY_DELAY_MS);
    }
  }

  /** One GET with a token of `claims`, not retried. */
  async get(
    service: ServiceName,
    path: string,
    claims: TokenClaims,
  ): Promise<{ attempt: Attempt; body: unknown }> {
    return this.withToken(service, claims, (token) =>
      this.attempt(service, 'GET', path, undefined, { authorization: `Bearer ${token}` }),
    );
  }

  /**
   * Runs `request` with a dev token of `claims` (valid at all three services), minted by the
   * service the request goes to; a token request that fails comes back as that failed attempt.
   */
  private async withToken(
    service: ServiceName,
    claims: TokenClaims,
    request: (token: string) => Promise<{ attempt: Attempt; body: unknown }>,
  ) {
    const cached = this.tokens.get(JSON.stringify(claims));
    if (cached) return request(cached);
    const minted = await this.attempt(service, 'POST', '/auth/dev-token', claims, {});
    if (!succeeded(minted.attempt)) return minted;
    const token = (minted.body as { token: string }).token;
    this.tokens.set(JSON.stringify(claims), token);
    return request(token);
  }

  private async attempt(
    service: ServiceName,
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ) {
    const attempt: Attempt = {
      service,
      route: `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`,
      sentAt: Date.now(),
      endedAt: 0,
    };
    this.attempts.push(attempt);
    let answer: unknown;
    try {
      const response = await fetch(`${this.urls[service]}${path}`, {
        method,
        headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      attempt.status = response.status;
      attempt.contentType = response.headers.get('content-type') ?? undefined;
      const text = await response.text();
      answer = text ? JSON.parse(text) : undefined;
      const problemStatus = (answer as { status?: unknown } | undefined)?.status;
      if (typeof problemStatus === 'number') attempt.problemStatus = problemStatus;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      attempt.error = cause?.code ?? (error as Error).name ?? String(error);
    }
    attempt.endedAt = Date.now();
    return { attempt, body: answer };
  }
}
