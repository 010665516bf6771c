import { UUID_PATTERN } from '@bridge/contracts';

// In contracts so that libraries below platform (the test tools) read the same patterns.
export { MUNICIPALITY_CODE_PATTERN, UUID_PATTERN } from '@bridge/contracts';

/** True for a UUID; anything else cannot name a row, so callers answer "not found" for it. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
