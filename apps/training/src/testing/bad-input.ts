import type { Claims } from './training-test-harness';

/** A string of 10,000 characters: every text field has a far smaller limit. */
export const LONG_STRING = 'x'.repeat(10_000);

/** One row of a bad-input table: a request that must be refused and write nothing. */
export interface BadInputCase {
  /** What is wrong. */
  name: string;
  status: number;
  /** The field the problem names (none for a whole-request refusal). */
  field?: string;
  /** The message of that field, where the rule it breaks matters. */
  message?: string;
  body: unknown;
  /** The caller, when not the table's usual one (null: no token). */
  caller?: Claims | null;
}

/** One row of a bad-query table of a list endpoint. */
export interface BadQueryCase {
  name: string;
  query: Record<string, string | number>;
  status: number;
  field: string;
}

/** What every list refuses with 400 naming the parameter: bad paging and unknown parameters. */
export const PAGING_CASES: BadQueryCase[] = [
  { name: 'limit 0', query: { limit: 0 }, status: 400, field: 'limit' },
  { name: 'limit negative', query: { limit: -5 }, status: 400, field: 'limit' },
  {
    name: 'limit above 100',
    query: { limit: 101 },
    status: 400,
    field: 'limit',
  },
  {
    name: 'limit not a number',
    query: { limit: 'all' },
    status: 400,
    field: 'limit',
  },
  {
    name: 'a garbage cursor',
    query: { cursor: 'garbage' },
    status: 400,
    field: 'cursor',
  },
  {
    name: 'a cursor of 10,000 characters',
    query: { cursor: LONG_STRING },
    status: 400,
    field: 'cursor',
  },
  {
    name: 'an unknown parameter',
    query: { colour: 'red' },
    status: 400,
    field: 'colour',
  },
];
