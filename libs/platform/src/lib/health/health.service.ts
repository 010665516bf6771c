import { Inject, Injectable, OnApplicationBootstrap, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PlatformLogger } from '../logging/platform.logger';
import type {
  HealthCheckResult,
  HealthContributor,
  HealthReport,
} from './health-contributor.interface';
import { HealthRegistry } from './health.registry';

export const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');

export interface HealthOptions {
  /** Classes (resolved from anywhere in the app) or instances. */
  contributors: ReadonlyArray<Type<HealthContributor> | HealthContributor>;
  /** Each check answers within this time or counts as down. */
  timeoutMs: number;
}

/** Runs every contributor's check in parallel, each bounded by a timeout. */
@Injectable()
export class HealthService implements OnApplicationBootstrap {
  constructor(
    private readonly registry: HealthRegistry,
    private readonly moduleRef: ModuleRef,
    private readonly logger: PlatformLogger,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
  ) {}

  onApplicationBootstrap(): void {
    for (const contributor of this.options.contributors) {
      if (typeof contributor !== 'function') {
        this.registry.register(contributor);
        continue;
      }
      let instance: HealthContributor;
      try {
        instance = this.moduleRef.get(contributor, { strict: false });
      } catch {
        throw new Error(`Health contributor ${contributor.name} is not provided by any module`);
      }
      this.registry.register(instance);
    }
  }

  async check(): Promise<HealthReport> {
    const contributors = this.registry.list();
    const results = await Promise.all(contributors.map((c) => this.checkOne(c)));
    const checks: Record<string, HealthCheckResult> = {};
    contributors.forEach((c, i) => (checks[c.name] = results[i]));
    return { status: results.every((r) => r.up) ? 'ok' : 'down', checks };
  }

  private async checkOne(contributor: HealthContributor): Promise<HealthCheckResult> {
    const { timeoutMs } = this.options;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<HealthCheckResult>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            up: false,
            details: { error: `no answer within ${timeoutMs} ms` },
          }),
        timeoutMs,
      );
    });
    try {
      const result = await Promise.race([
        Promise.resolve().then(() => contributor.check()),
        timeout,
      ]);
      if (!result.up)
        this.logger.pino.warn({ check: contributor.name, result }, 'Health check down');
      return result;
    } catch (error) {
      this.logger.pino.warn({ check: contributor.name, err: error }, 'Health check failed');
      return { up: false, details: { error: 'check failed' } };
    } finally {
      clearTimeout(timer);
    }
  }
}
