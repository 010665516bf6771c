/** What one dependency reports to `GET /health`. */
export interface HealthCheckResult {
  up: boolean;
  details?: Record<string, unknown>;
}

/**
 * Implemented by the libraries that own an outside dependency (database, bus, search). Register
 * one with `PlatformModule.forRoot(config, { healthContributors: [...] })` or
 * `HealthRegistry.register()`. `details` are public: no secrets, no connection strings.
 */
export interface HealthContributor {
  /** The key in `checks`, e.g. `database`, `bus`, `search`. */
  readonly name: string;
  check(): Promise<HealthCheckResult>;
}

export interface HealthReport {
  status: 'ok' | 'down';
  checks: Record<string, HealthCheckResult>;
}
