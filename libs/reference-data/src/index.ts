export * from './lib/errors';
export * from './lib/municipalities';
export * from './lib/labour-market-regions';
export * from './lib/penitentiary-institutions';
export * from './lib/qualifications';
export * from './lib/workshop-types';
export * from './lib/geo';
