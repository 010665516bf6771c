export * from './lib/test-services';
export * from './lib/test-database';
export * from './lib/expect-eventually';
export * from './lib/database-backends';
export * from './lib/contract-fuzz';
export * from './lib/platform-processes';
