import { randomUUID } from 'node:crypto';
import type { ServiceName } from '@bridge/contracts';
import type { DevTokenClaims } from '@bridge/service-runtime/testing';
import { sleep } from './processes';

const ATTEMPT_TIMEOUT_MS = 10_000;
const RETRY_DELAY_MS = 250;
const WRITE_DEADLINE_MS = 120_000;

/** One HTTP request the drill sent, and how it ended. */
export interface Attempt {
  service: ServiceName;
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

export const succeeded = (attempt: Attempt) => attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;

/** A clean 503: an `application/problem+json` answer whose document says 503. */
export const isClean503 = (attempt: Attempt) =>
  attempt.status === 503 && /^application\/problem\+json/.test(attempt.contentType ?? '') && attempt.problemStatus === 503;

/** Thrown when a write gets an answer no retry can change (a 4xx, or a 5xx other than 503). */
export class RejectedWrite extends Error {}

/**
 * The drills' HTTP client, as a careful real client behaves: every create carries an
 * `Idempotency-Key` and is retried with the same key while the service is unreachable or answers
 * 503, so a write lands exactly once however often it was sent. Every attempt is recorded, so a
 * drill can say which requests failed, when, and how.
 */
export class DrillClient {
  readonly attempts: Attempt[] = [];
  private readonly tokens = new Map<string, string>();

  constructor(readonly urls: Readonly<Record<ServiceName, string>>) {}

  /**
   * Creates a resource and resolves with its id. Retries (same key) on no answer and on 503 until
   * the write lands; any other failure rejects at once.
   */
  async create(service: ServiceName, path: string, body: unknown, claims: DevTokenClaims): Promise<string> {
    const key = randomUUID();
    const deadline = Date.now() + WRITE_DEADLINE_MS;
    for (;;) {
      const { attempt, body: answer } = await this.tokenThen(service, claims, (token) =>
        this.attempt(service, 'POST', path, body, { authorization: `Bearer ${token}`, 'idempotency-key': key }),
      );
      if (succeeded(attempt)) return (answer as { id: string }).id;
      const retriable = attempt.status === undefined || attempt.status === 503;
      if (!retriable || Date.now() > deadline) {
        throw new RejectedWrite(`${attempt.route} at ${service} answered ${attempt.status ?? attempt.error}: ${JSON.stringify(answer)}`);
      }
      await sleep(RETRY_DELAY_MS);
    }
  }

  /**
   * Runs `request` with a dev token of `claims` (valid at all three services), minted by the
   * service the request goes to; a token request that fails comes back as that failed attempt.
   */
  private async tokenThen(service: ServiceName, claims: DevTokenClaims, request: (token: string) => Promise<{ attempt: Attempt; body: unknown }>) {
    const cached = this.tokens.get(JSON.stringify(claims));
    if (cached) return request(cached);
    const minted = await this.attempt(service, 'POST', '/auth/dev-token', claims, {});
    if (!succeeded(minted.attempt)) return minted;
    const token = (minted.body as { token: string }).token;
    this.tokens.set(JSON.stringify(claims), token);
    return request(token);
  }

  private async attempt(service: ServiceName, method: string, path: string, body: unknown, headers: Record<string, string>) {
    const attempt: Attempt = { service, route: `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`, sentAt: Date.now(), endedAt: 0 };
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
