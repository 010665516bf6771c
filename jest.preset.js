const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // What every project's jest.config.js shares; each adds only its name and coverage folder.
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  globalSetup: join(__dirname, 'jest.global-setup.js'),
  // Embedded Postgres (PGlite) boots a WASM engine: seconds, not milliseconds.
  testTimeout: 60_000,
  // Every test by name, so a run shows which suites ran on Kafka and Postgres (and none skipped).
  verbose: true,
  // A hook that timed out can leave a service still booting in the background, which keeps Jest
  // alive: in CI that must end as the failure it is, not hang until the job's time limit.
  forceExit: process.env.CI === 'true',
};
