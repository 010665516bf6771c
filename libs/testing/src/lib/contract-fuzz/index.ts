export * from './openapi';
export * from './generators';
export * from './runner';
export * from './describe-contract-fuzz';
