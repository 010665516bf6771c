export * from './lib/search';
