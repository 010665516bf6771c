export * from './lib/web-server';
