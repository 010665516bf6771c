export * from './lib/service-runtime';
