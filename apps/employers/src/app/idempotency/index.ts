export * from './idempotency-record.entity';
export * from './idempotent-request';
export * from './idempotency.service';
export * from './idempotency.interceptor';
export * from './idempotent.decorator';
export * from './idempotency.module';
