import { Body, Controller, Get, HttpCode, Post, Query, Type as NestType } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Principal } from '../auth/role.model';
import { loadServiceConfig } from '../config/service-config.loader';
import type { ServiceName } from '../config/service-config.model';
import { NotFoundProblem } from '../errors/domain-problem.exception';
import type { HealthContributor } from '../health/health-contributor.interface';
import { configureHttpApp } from '../http-app.configurator';
import { PlatformLogger } from '../logging/platform.logger';
import { currentRequestId } from '../logging/request-context';
import { decodeCursor, encodeCursor, hasStringFields } from '../paging/cursor.codec';
import { isIsoInstant } from '../paging/keyset.paginator';
import { PageQueryDto } from '../paging/page-query.dto';
import { toPage } from '../paging/page.model';
import { PlatformModule } from '../platform.module';
import { IdParam } from '../validation/id-param';
import { isUuid } from '../validation/patterns';

class PreferencesDto {
  @IsArray()
  @IsString({ each: true })
  sectors!: string[];

  @IsOptional()
  @IsBoolean()
  work?: boolean;
}

export class CreateThingDto {
  @IsString()
  name!: string;

  @IsObject() // required: ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => PreferencesDto)
  preferences!: PreferencesDto;

  @IsArray()
  @ArrayNotEmpty()
  @Matches(/^\d{5}$/, { each: true })
  requiredQualifications!: string[];
}

export class ListThingsQuery extends PageQueryDto {
  @IsOptional()
  @IsString()
  name?: string;
}

interface StoredThing {
  id: string;
  name: string;
  createdAt: string;
  archived: boolean;
}

@Controller('things')
export class ThingsController {
  /** What `create` stored, newest first (the input contract's reads, lists and writes). */
  readonly stored: StoredThing[] = [];

  constructor(private readonly logger: PlatformLogger) {}

  @Post()
  @Roles('admin', 'employer')
  create(@Body() dto: CreateThingDto, @CurrentPrincipal() principal: Principal) {
    this.logger.log('creating a thing', 'ThingsController');
    const id = randomUUID();
    this.stored.unshift({
      id,
      name: dto.name,
      createdAt: new Date().toISOString(),
      archived: false,
    });
    return {
      ...dto,
      id,
      createdBy: principal.sub,
      isDto: dto instanceof CreateThingDto,
      requestId: currentRequestId(),
    };
  }

  @Get('mine')
  mine(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @Get('admin-only')
  @Roles('admin')
  adminOnly() {
    return { ok: true };
  }

  @Get('missing')
  missing() {
    throw new NotFoundProblem('Thing 42 was not found');
  }

  @Get('boom')
  boom() {
    throw new Error('connection to postgres://admin:hunter2@db failed');
  }

  /** Newest first, keyset-paged by `{ createdAt, id }` as `newestFirst` pages the services' lists. */
  @Get()
  list(@Query() query: ListThingsQuery) {
    const after = query.cursor
      ? decodeCursor(
          query.cursor,
          (v): v is { createdAt: string; id: string } =>
            hasStringFields(v, 'createdAt', 'id') && isIsoInstant(v.createdAt) && isUuid(v.id),
        )
      : undefined;
    const matching = this.stored.filter(
      (thing) => query.name === undefined || thing.name === query.name,
    );
    const start = after ? matching.findIndex((thing) => thing.id === after.id) + 1 : 0;
    const rows = matching.slice(start, start + (query.limit ?? 20) + 1);
    return toPage(
      rows,
      query.limit ?? 20,
      (thing) => thing,
      (thing) => encodeCursor({ createdAt: thing.createdAt, id: thing.id }),
    );
  }

  @Get(':id')
  read(@IdParam() id: string) {
    const thing = this.stored.find((candidate) => candidate.id === id);
    if (!thing) throw new NotFoundProblem(`Thing ${id} was not found`);
    return thing;
  }

  /** An action without a body. */
  @Post(':id/archive')
  @HttpCode(200)
  archive(@IdParam() id: string) {
    const thing = this.read(id);
    thing.archived = true;
    return thing;
  }
}

/** Collects the JSON log lines written by the app. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim()) this.lines.push(JSON.parse(line));
    }
    done();
  }
}

export interface TestAppOptions {
  service?: ServiceName;
  env?: NodeJS.ProcessEnv;
  healthContributors?: Array<NestType<HealthContributor> | HealthContributor>;
  healthCheckTimeoutMs?: number;
  logs?: LogCapture;
  extraProviders?: NestType<unknown>[];
}

/** Boots a tiny app on the platform, as the services will: module + configureHttpApp. */
export async function createTestApp(options: TestAppOptions = {}): Promise<NestExpressApplication> {
  const config = loadServiceConfig(options.service ?? 'matching', {
    NODE_ENV: 'test',
    LOG_FORMAT: 'json',
    LOG_LEVEL: options.logs ? 'info' : 'silent',
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot(config, {
        healthContributors: options.healthContributors,
        healthCheckTimeoutMs: options.healthCheckTimeoutMs,
        logDestination: options.logs,
      }),
    ],
    controllers: [ThingsController],
    providers: options.extraProviders ?? [],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bufferLogs: true,
  });
  configureHttpApp(app, config, { shutdownHooks: false });
  await app.init();
  return app;
}

/** Polls until the assertion passes (never sleeps blindly). */
export async function eventually(assertion: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
