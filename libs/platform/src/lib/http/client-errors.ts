import { Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Node answers a request it cannot parse itself, before the app sees it (a request line or
 * headers above its 16 KiB limit: 431; a timeout: 408; broken syntax: 400) — with an empty
 * body. This gives those answers the problem+json body and the headers of every other answer.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
    const title = STATUS_CODES[status] ?? 'Bad Request';
    const body = JSON.stringify({
      type: 'about:blank',
      title,
      status,
      detail:
        status === 431
          ? 'The request line or headers exceed 16 KiB'
          : 'The request could not be read as HTTP',
    });
    socket.end(
      [
        `HTTP/1.1 ${status} ${title}`,
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'X-Content-Type-Options: nosniff',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
