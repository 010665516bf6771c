import type { FieldError } from '../errors/problem.model';

/** Keys that name an object's prototype machinery: no field of ours, and a pollution vector. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text the services can store, index and log: no NUL (Postgres refuses it in text) and no lone
 * UTF-16 surrogate (not Unicode, so not UTF-8 either). Either answered 500 before.
 */
export function isWellFormedText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * The fields of a parsed input (body, query or path parameters) that no DTO may see: text that is
 * not well formed (in values and in keys) and prototype keys, at any depth, by dotted path
 * (`preferences.sectors.0`; `prefix` names the root, '' for none).
 */
export function malformedInputFields(value: unknown, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (!isWellFormedText(node))
        out.push({
          field: path || '(body)',
          message: 'contains a NUL character or a lone UTF-16 surrogate',
        });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        out.push({ field: childPath, message: 'is not a known field' });
      } else if (!isWellFormedText(key)) {
        out.push({
          field: path || '(body)',
          message: 'has a field name with a NUL character or a lone UTF-16 surrogate',
        });
      } else {
        visit(child, childPath);
      }
    }
  };
  visit(value, prefix);
  return out;
}
