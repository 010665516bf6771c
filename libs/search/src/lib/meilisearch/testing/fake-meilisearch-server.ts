import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path with query string, e.g. `/indexes/vacancies/search`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or `undefined`. */
  body: unknown;
}

export interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: { message: string; code: string; type: string; link: string } | null;
  /** Polls still answered with "processing" before the final status. */
  pendingPolls: number;
  finalStatus: 'succeeded' | 'failed';
}

type TaskOutcome = { status: 'succeeded' } | { status: 'failed'; code: string; message: string };

/**
 * How the server behaves, for outage drills: `healthy` answers like Meilisearch; `refusing` closes
 * its port (connections are refused); `hanging` accepts requests and never answers; `failing`
 * answers every request (health too) with a 503 Meilisearch error.
 */
export type FakeMeilisearchMode = 'healthy' | 'refusing' | 'hanging' | 'failing';

/**
 * A tiny stand-in for Meilisearch's HTTP API (the routes the adapter uses), on 127.0.0.1 and a free
 * port. It records every request and answers like Meilisearch: writes return `202` with an enqueued
 * task, `GET /tasks/:uid` reports `processing` once and then the outcome, search returns what
 * `onSearch` builds. Errors use Meilisearch's error body `{ message, code, type, link }`.
 */
export class FakeMeilisearchServer {
  readonly requests: RecordedRequest[] = [];
  readonly tasks = new Map<number, FakeTask>();
  rankingRules: string[] = [
    'words',
    'typo',
    'proximity',
    'attributeRank',
    'sort',
    'wordPosition',
    'exactness',
  ];
  /** How many polls of a new task answer "processing" before its outcome. */
  processingPolls = 1;
  /** Decides how a write task ends (default: succeeded). */
  taskOutcome: (request: RecordedRequest, type: string) => TaskOutcome = () => ({
    status: 'succeeded',
  });
  /** Builds the search response for a search request body; return `{ status, error }` to fail it. */
  onSearch: (
    body: Record<string, unknown>,
    indexUid: string,
  ) => Record<string, unknown> | { status: number; error: { code: string; message: string } } = (
    body,
  ) => ({
    hits: [],
    query: body['q'] ?? '',
    processingTimeMs: 0,
    limit: body['limit'] ?? 20,
    offset: body['offset'] ?? 0,
    estimatedTotalHits: 0,
  });

  /**
   * Builds the answer of `POST /indexes/:uid/documents/fetch` (and of `GET /indexes/:uid/documents`, with
   * the query string as body); by default pages (offset/limit) through the index's documents in
   * insertion order. The fake does not evaluate `filter`.
   */
  onFetchDocuments: (body: Record<string, unknown>, indexUid: string) => Record<string, unknown> = (
    body,
    indexUid,
  ) => {
    const all = [...(this.documents.get(indexUid)?.values() ?? [])];
    const offset = Number(body['offset'] ?? 0);
    const limit = Number(body['limit'] ?? 20);
    return { results: all.slice(offset, offset + limit), offset, limit, total: all.length };
  };

  /**
   * The documents of each index as Meilisearch would hold them: a succeeded addition replaces whole
   * documents by id, a deletion removes them (applied when the task is enqueued, as Meilisearch
   * applies it whether or not the client waits for the task).
   */
  readonly documents = new Map<string, Map<string, Record<string, unknown>>>();

  private server?: Server;
  private port = 0;
  private currentMode: FakeMeilisearchMode = 'healthy';
  private nextTaskUid = 0;

  get url(): string {
    if (this.port === 0) throw new Error('FakeMeilisearchServer is not started');
    return `http://127.0.0.1:${this.port}`;
  }

  get mode(): FakeMeilisearchMode {
    return this.currentMode;
  }

  async start(): Promise<this> {
    await this.listen(0);
    return this;
  }

  async stop(): Promise<void> {
    await this.close();
    this.port = 0;
  }

  /** Switches the behaviour; leaving `refusing` listens again on the same port. */
  async setMode(mode: FakeMeilisearchMode): Promise<void> {
    if (this.port === 0) throw new Error('FakeMeilisearchServer is not started');
    if (mode === this.currentMode) return;
    if (mode === 'refusing') await this.close();
    else if (this.currentMode === 'refusing') await this.listen(this.port);
    this.currentMode = mode;
  }

  /** The documents of an index, by id. */
  documentsOf(indexUid: string): Map<string, Record<string, unknown>> {
    return this.documents.get(indexUid) ?? new Map();
  }

  private async listen(port: number): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  private async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    // Also ends the requests a `hanging` server holds: their clients see the connection drop.
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** The recorded requests other than task polling. */
  calls(): RecordedRequest[] {
    return this.requests.filter((r) => !(r.method === 'GET' && r.path.startsWith('/tasks/')));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const request: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: raw ? JSON.parse(raw) : undefined,
    };
    this.requests.push(request);

    const path = request.path.split('?')[0];
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, code: string, message: string) =>
      send(status, {
        message,
        code,
        type: status >= 500 ? 'internal' : 'invalid_request',
        link: `https://docs.meilisearch.com/errors#${code}`,
      });

    if (this.currentMode === 'hanging') return; // accepted, never answered
    if (this.currentMode === 'failing')
      return fail(503, 'internal', 'Meilisearch is not available (fake outage)');

    let match: RegExpMatchArray | null;
    if (request.method === 'GET' && path === '/health') return send(200, { status: 'available' });
    if (request.method === 'POST' && path === '/indexes') {
      return send(
        202,
        this.enqueue(request, (request.body as { uid: string }).uid, 'indexCreation'),
      );
    }
    if ((match = path.match(/^\/tasks\/(\d+)$/)) && request.method === 'GET') {
      const task = this.tasks.get(Number(match[1]));
      if (!task) return fail(404, 'task_not_found', `Task \`${match[1]}\` not found.`);
      if (task.pendingPolls > 0) {
        task.pendingPolls--;
        task.status = 'processing';
      } else {
        task.status = task.finalStatus;
      }
      const { pendingPolls, finalStatus, ...visible } = task;
      void pendingPolls;
      void finalStatus;
      return send(200, {
        ...visible,
        batchUid: null,
        canceledBy: null,
        details: {},
        duration: null,
        enqueuedAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
      });
    }
    if ((match = path.match(/^\/indexes\/([^/]+)\/(.+)$/))) {
      const [, indexUid, rest] = match;
      const route = `${request.method} ${rest}`;
      switch (route) {
        case 'GET settings/ranking-rules':
          return send(200, this.rankingRules);
        case 'PATCH settings':
          return send(202, this.enqueue(request, indexUid, 'settingsUpdate'));
        case 'POST documents':
          return send(202, this.enqueue(request, indexUid, 'documentAdditionOrUpdate'));
        case 'POST documents/delete-batch':
        case 'DELETE documents':
          return send(202, this.enqueue(request, indexUid, 'documentDeletion'));
        case 'POST documents/fetch':
          return send(
            200,
            this.onFetchDocuments(request.body as Record<string, unknown>, indexUid),
          );
        case 'GET documents':
          return send(
            200,
            this.onFetchDocuments(
              Object.fromEntries(new URL(request.path, 'http://fake').searchParams),
              indexUid,
            ),
          );
        case 'POST search': {
          const result = this.onSearch(request.body as Record<string, unknown>, indexUid);
          if ('error' in result && 'status' in result) {
            const { status, error } = result as {
              status: number;
              error: { code: string; message: string };
            };
            return fail(status, error.code, error.message);
          }
          return send(200, result);
        }
      }
    }
    return fail(404, 'not_found', `${request.method} ${request.path} is not faked`);
  }

  private enqueue(request: RecordedRequest, indexUid: string | null, type: string) {
    const uid = this.nextTaskUid++;
    const outcome = this.taskOutcome(request, type);
    if (outcome.status === 'succeeded' && indexUid !== null)
      this.applyToDocuments(request, indexUid, type);
    this.tasks.set(uid, {
      uid,
      indexUid,
      type,
      status: 'enqueued',
      error:
        outcome.status === 'failed'
          ? { code: outcome.code, message: outcome.message, type: 'invalid_request', link: '' }
          : null,
      pendingPolls: this.processingPolls,
      finalStatus: outcome.status,
    });
    return {
      taskUid: uid,
      indexUid,
      status: 'enqueued',
      type,
      enqueuedAt: new Date().toISOString(),
    };
  }

  private applyToDocuments(request: RecordedRequest, indexUid: string, type: string) {
    const documents = this.documents.get(indexUid) ?? new Map<string, Record<string, unknown>>();
    this.documents.set(indexUid, documents);
    if (type === 'documentAdditionOrUpdate') {
      for (const document of request.body as Record<string, unknown>[])
        documents.set(String(document['id']), document);
    } else if (type === 'documentDeletion') {
      if (request.method === 'DELETE') documents.clear();
      else for (const id of request.body as string[]) documents.delete(id);
    }
  }
}
