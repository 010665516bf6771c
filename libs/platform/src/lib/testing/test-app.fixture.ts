import { Body, Controller, Get, Post, Type as NestType } from '@nestjs/common';
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
import { PlatformModule } from '../platform.module';

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

@Controller('things')
export class ThingsController {
  constructor(private readonly logger: PlatformLogger) {}

  @Post()
  @Roles('admin', 'employer')
  create(
    @Body() dto: CreateThingDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    this.logger.log('creating a thing', 'ThingsController');
    return {
      ...dto,
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
export async function createTestApp(
  options: TestAppOptions = {},
): Promise<NestExpressApplication> {
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
export async function eventually(
  assertion: () => void,
  timeoutMs = 2000,
): Promise<void> {
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
