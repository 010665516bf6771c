// Container health check (Dockerfile HEALTHCHECK): GET http://127.0.0.1:<port>/health.
// Healthy (exit 0) only on 200; /health answers 503 when a check (database, bus, ...) is down.
// Port: HEALTHCHECK_PORT, else <APP>_PORT, else PORT, else the service's default port.
'use strict';
const http = require('node:http');

const DEFAULT_PORTS = { matching: 3000, employers: 3001, training: 3002 };
const app = (process.env.APP || 'matching').toLowerCase();
const setting = (...names) =>
  names.map((name) => process.env[name]).find((value) => value !== undefined && value !== '');
const port = Number(
  setting('HEALTHCHECK_PORT', `${app.toUpperCase()}_PORT`, 'PORT') ?? DEFAULT_PORTS[app] ?? 3000,
);

const request = http.get(
  { host: '127.0.0.1', port, path: '/health', timeout: 4000 },
  (response) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk) => {
      if (body.length < 2000) body += chunk;
    });
    response.on('end', () => {
      if (response.statusCode === 200) process.exit(0);
      console.error(`GET /health on port ${port}: ${response.statusCode} ${body.slice(0, 2000)}`);
      process.exit(1);
    });
  },
);
request.on('timeout', () => request.destroy(new Error('timed out after 4 s')));
request.on('error', (error) => {
  console.error(`GET /health on port ${port} failed: ${error.message}`);
  process.exit(1);
});
