import { Module } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyKeyCleanup } from './idempotency-key-cleanup.service';
import { IdempotencyService } from './idempotency.service';

/**
 * `Idempotency-Key` support for create routes (`@Idempotent()`); import it in each feature module
 * with such a route. The table and its entity come with `serviceInfrastructure()`. Also deletes
 * expired keys (`IdempotencyKeyCleanup`): one instance per app however often it is imported, run
 * hourly once the app has `ScheduleModule.forRoot()`.
 */
@Module({
  providers: [IdempotencyService, IdempotencyInterceptor, IdempotencyKeyCleanup],
  exports: [IdempotencyService, IdempotencyInterceptor],
})
export class IdempotencyModule {}
