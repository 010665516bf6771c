import { spawn } from 'node:child_process';
import { stopGracefully } from './service-process';

const timers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

/** A node child that runs until signalled; `ignoreTerm`: it shrugs SIGTERM off. */
function child(ignoreTerm = false) {
  const script = `${ignoreTerm ? "process.on('SIGTERM', () => undefined);" : ''} setInterval(() => undefined, 1000); console.log('up');`;
  const process_ = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise<typeof process_>((done) => process_.stdout.once('data', () => done(process_)));
}

describe('stopGracefully', () => {
  it('stops a child with SIGTERM and leaves no timer behind (one would keep Jest alive after a suite)', async () => {
    const before = timers();
    const running = await child();
    await stopGracefully(running, 60_000);
    expect(running.signalCode).toBe('SIGTERM');
    // At most as many as before: the runner's own timers may end meanwhile, the grace timer must not stay.
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('kills a child that ignores SIGTERM once the grace time is over', async () => {
    const running = await child(true);
    await stopGracefully(running, 300);
    expect(running.signalCode).toBe('SIGKILL');
  });
});
