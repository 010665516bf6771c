import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The root of the workspace (this file is libs/testing/src/lib/platform-processes/workspace.ts). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../../..');

/** Runs a command in the workspace to its end; rejects with its output when it fails. */
export function runCommand(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 180_000,
): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      file,
      args,
      { env, cwd: WORKSPACE_ROOT, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          fail(
            new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`),
          );
        else done(stdout);
      },
    );
  });
}

/**
 * A new folder `dist/<suite>/run-*` for one run's copied builds and service logs: inside the
 * workspace, so a copied bundle resolves its packages from node_modules; kept after the run.
 */
export function newRunFolder(suite: string): string {
  mkdirSync(join(WORKSPACE_ROOT, 'dist', suite), { recursive: true });
  return mkdtempSync(join(WORKSPACE_ROOT, 'dist', suite, 'run-'));
}
