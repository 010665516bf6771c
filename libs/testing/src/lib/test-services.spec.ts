import { createServer } from 'node:net';
import { probeTcp, probeTestServices, testPostgresUrl } from './test-services';

describe('test service probing', () => {
  it('hands the global setup result to test files', () => {
    expect(process.env['BRIDGE_TEST_POSTGRES_URL']).toBeDefined();
    if (process.env['CI'] === 'true') expect(testPostgresUrl()).toMatch(/^postgres:/);
  });

  it('fails in CI and only warns locally when a service is unreachable', async () => {
    const unreachable = {
      TEST_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/none',
      TEST_KAFKA_BROKERS: '127.0.0.1:1',
    };
    await expect(probeTestServices({ ...unreachable, CI: 'true' })).rejects.toThrow(
      /CI=true.*Postgres.*Kafka/,
    );
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const env: NodeJS.ProcessEnv = { ...unreachable };
    await probeTestServices(env);
    expect(env['BRIDGE_TEST_POSTGRES_URL']).toBe('');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped'));
    warn.mockRestore();
  });

  it('sees an open TCP port as reachable', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    expect(await probeTcp(`127.0.0.1:${port}`)).toBe(true);
    server.close();
    expect(await probeTcp('127.0.0.1:1')).toBe(false);
  });
});
