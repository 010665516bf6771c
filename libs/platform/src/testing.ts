// Test-only entry point (`@bridge/platform/testing`), kept apart so that production bundles never
// pull in test helpers.
export * from './lib/testing/input-contract';
