// config
export * from './lib/config/service-config.model';
export * from './lib/config/config-validation.error';
export {
  loadServiceConfig,
  DEFAULT_MATCH,
  DEV_JWT_SECRET,
  DEV_DJI_NUMBER_HMAC_KEY,
} from './lib/config/service-config.loader';
export { SETTING_NAMES, type SettingName } from './lib/config/service-config.schema';
// auth
export * from './lib/auth/role.model';
export { parsePrincipalClaims, type ClaimsResult } from './lib/auth/principal-claims.parser';
export { Public, IS_PUBLIC } from './lib/auth/public.decorator';
export { Roles, ROLES_KEY } from './lib/auth/roles.decorator';
export {
  CurrentPrincipal,
  type RequestWithPrincipal,
} from './lib/auth/current-principal.decorator';
export { JwtAuthGuard } from './lib/auth/jwt-auth.guard';
// http
export { RateLimit, RateLimitGuard, RATE_LIMITS, type RateLimitName } from './lib/http/rate-limit';
// errors
export * from './lib/errors/problem.model';
export * from './lib/errors/problem.catalogue';
export * from './lib/errors/domain-problem.exception';
export { toProblem } from './lib/errors/problem.mapper';
export { ProblemExceptionFilter } from './lib/errors/problem-exception.filter';
export { createValidationPipe } from './lib/errors/validation.pipe';
export { flattenValidationErrors } from './lib/errors/validation-error.flattener';
export { MAX_JSON_DEPTH } from './lib/errors/json-body';
export { ReferenceCheck, UnknownReferencesProblem } from './lib/errors/reference-check';
// logging
export { PlatformLogger, ROOT_LOGGER } from './lib/logging/platform.logger';
export { currentRequestId, currentRequestLogger } from './lib/logging/request-context';
export { REQUEST_ID_HEADER } from './lib/logging/request-id.util';
// openapi
export { setupOpenApi, type OpenApiOptions, BEARER_SCHEME } from './lib/openapi/openapi.setup';
export { ApiProblemResponse } from './lib/openapi/api-problem-response.decorator';
export { PROBLEM_SCHEMA_REF } from './lib/openapi/problem.schema';
// health
export * from './lib/health/health-contributor.interface';
export { HealthRegistry } from './lib/health/health.registry';
// wiring
export { PlatformModule, type PlatformModuleOptions } from './lib/platform.module';
export {
  configureHttpApp,
  type HttpAppOptions,
  BODY_SIZE_LIMIT,
} from './lib/http-app.configurator';
// idempotency
export * from './lib/idempotency/idempotent-request.model';
export { canonicalJson, requestHash } from './lib/idempotency/request-hash.util';
export { IdempotencyRecord } from './lib/idempotency/idempotency-record.entity';
export { IdempotencyKeysTable1764300000050 } from './lib/idempotency/idempotency-keys.migration';
export { IdempotencyService, type StoredResponse } from './lib/idempotency/idempotency.service';
export {
  IdempotencyInterceptor,
  type RequestWithIdempotency,
} from './lib/idempotency/idempotency.interceptor';
export { Idempotent, IdempotencyKey } from './lib/idempotency/idempotent.decorator';
export {
  IdempotencyKeyCleanup,
  IDEMPOTENCY_KEY_CLEANUP_BATCH_SIZE,
} from './lib/idempotency/idempotency-key-cleanup.service';
export { IdempotencyModule } from './lib/idempotency/idempotency.module';
// paging
export { PageQueryDto, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './lib/paging/page-query.dto';
export { type Page, toPage } from './lib/paging/page.model';
export {
  encodeCursor,
  decodeCursor,
  invalidCursor,
  hasStringFields,
} from './lib/paging/cursor.codec';
export {
  paginate,
  newestFirst,
  keysetCursor,
  decodeKeysetCursor,
  isIsoInstant,
  type KeysetColumn,
} from './lib/paging/keyset.paginator';
// dates
export * from './lib/dates/calendar-date.util';
export { Clock } from './lib/dates/clock';

export {
  IsKnownPiFilter,
  IsKnownRegionFilter,
  IsKnownSectorFilter,
} from './lib/validation/known-code-filters';
export { QueryBoolean } from './lib/validation/query-boolean';
export {
  IdParam,
  PathParamPipe,
  UUID_FORMAT,
  type PathParamFormat,
} from './lib/validation/id-param';
export { UUID_PATTERN, isUuid, MUNICIPALITY_CODE_PATTERN } from './lib/validation/patterns';
export {
  IsCalendarDate,
  IsPastCalendarDate,
  pastDateProblem,
} from './lib/validation/calendar-date.decorators';
export {
  isWellFormedText,
  malformedInputFields,
  FORBIDDEN_KEYS,
} from './lib/validation/request-input';
export { RequestInputInterceptor } from './lib/validation/request-input.interceptor';
// audit
export { AuditEntry, type AuditDetails } from './lib/audit/audit-entry.entity';
export { AuditEntryView, AuditEntryListView, AuditDetailsView } from './lib/audit/audit-entry.view';
export {
  createAuditLogTable,
  dropAuditLogTable,
  addAuditDetailsColumn,
  dropAuditDetailsColumn,
} from './lib/audit/audit-log.migration';
export { AuditService, type AuditSubject } from './lib/audit/audit.service';
export { AuditLogService } from './lib/audit/audit-log.service';
export { ListAuditEntriesQuery } from './lib/audit/list-audit-entries.query';
export { AuditModule } from './lib/audit/audit.module';
// export
export {
  ApiCsvExport,
  CSV_MEDIA_TYPE,
  csvDownload,
  csvFileName,
  toCsv,
  wantsCsv,
  type CsvColumn,
} from './lib/export/csv-export';
// placement follow-ups (employers and training)
export * from './lib/follow-ups/placement-follow-ups';
export * from './lib/follow-ups/placement-follow-up.view';
export * from './lib/follow-ups/record-follow-up.dto';
export * from './lib/follow-ups/list-placement-follow-ups.query';
