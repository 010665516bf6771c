export * from './lib/embedded-postgres';
export * from './lib/database-connection';
export * from './lib/data-source-options';
export * from './lib/connection-failure';
export * from './lib/database-health.contributor';
export * from './lib/postgres-errors';
export * from './lib/query-logger';
export * from './lib/read-model';
