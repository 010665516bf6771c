// Test-only entry point (`@bridge/service-runtime/testing`), kept apart so that production
// bundles never pull in test helpers.
export * from './lib/test-service';
