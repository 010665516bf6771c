/** One bad environment variable: its name as given (e.g. `MATCHING_PORT`) and why it is bad. */
export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/** Thrown at boot when the environment is invalid; the message lists every bad variable. */
export class ConfigValidationError extends Error {
  override readonly name = 'ConfigValidationError';

  constructor(
    readonly service: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(
      `Invalid configuration for the ${service} service:\n` +
        issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n'),
    );
  }
}
