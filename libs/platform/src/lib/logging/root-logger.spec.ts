import { QueryFailedError } from 'typeorm';
import { loadServiceConfig } from '../config/service-config.loader';
import { LogCapture } from '../testing/test-app.fixture';
import { createRootLogger } from './root-logger.factory';

describe('createRootLogger', () => {
  it('logs a failed query error without the values it carried', () => {
    const logs = new LogCapture();
    const logger = createRootLogger(loadServiceConfig('matching', { LOG_FORMAT: 'json' }), logs);
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "uq_note"'),
      {
        code: '23505',
        detail: 'Key (note)=(prefers night shifts) already exists.',
        where: 'row (prefers night shifts)',
      },
    );
    const err = new QueryFailedError(
      'INSERT INTO person (note) VALUES ($1)',
      ['prefers night shifts', 'DJI-1234567'],
      driverError,
    );
    logger.error({ err }, 'Request failed with an unexpected error');

    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain('night shifts');
    expect(text).not.toContain('1234567');
    expect(logs.lines[0]).toMatchObject({
      err: {
        query: 'INSERT INTO person (note) VALUES ($1)',
        parameters: '[REDACTED]',
        driverError: { code: '23505', detail: '[REDACTED]' },
      },
    });
  });
});
