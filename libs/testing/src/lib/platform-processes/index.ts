// Helpers of the suites that run the built services as processes on infrastructure of their own
// (apps/services-e2e, apps/drills): never imported by production code (see the root eslint config).
export * from './workspace';
export * from './polling';
export * from './ports';
export * from './own-kafka-broker';
export * from './own-postgres-server';
export * from './health';
export * from './service-process';
export * from './service-processes';
export * from './service-client';
