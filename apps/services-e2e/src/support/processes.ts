import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** The root of the workspace (this file is apps/services-e2e/src/support/processes.ts). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Runs a command to its end in the workspace; rejects with its output when it fails. */
export function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<string> {
  return new Promise((done, fail) => {
    execFile(file, args, { env, cwd: WORKSPACE_ROOT, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else done(stdout);
    });
  });
}

/** Whether a TCP port on the loopback interface is free to listen on now. */
export function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** A free port chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port'))));
    });
  });
}
