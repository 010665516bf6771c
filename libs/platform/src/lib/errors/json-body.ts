import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';

/**
 * The deepest nesting of objects and arrays a JSON body may have. The DTOs nest three levels at
 * most; a cap far above that keeps class-transformer and class-validator, which recurse per level,
 * away from a stack overflow (10,000 levels answered 500 with a RangeError).
 */
export const MAX_JSON_DEPTH = 32;

/** body-parser's error type for a body nested deeper than `MAX_JSON_DEPTH`. */
export const JSON_TOO_DEEP = 'entity.too.deep';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * body-parser's `verify` hook for JSON: refuses a body nested deeper than `MAX_JSON_DEPTH` before
 * it is parsed. One pass over the raw bytes, skipping brackets inside strings.
 */
export function refuseDeepJson(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const byte of body) {
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPENERS.has(byte)) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH)
        throw Object.assign(new Error('JSON nested too deep'), {
          type: JSON_TOO_DEEP,
        });
    } else if (CLOSERS.has(byte)) {
      depth -= 1;
    }
  }
}

/** The detail of a 400 for a body nested deeper than `MAX_JSON_DEPTH`. */
export function jsonTooDeepDetail(): string {
  return `The JSON request body is nested deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`;
}

/**
 * The detail of a 400 for a body that is not JSON: where it broke (line, column, offset) and
 * what was expected there, never what it held (a DJI number in the body must not come back or
 * reach the log). `body` is the text body-parser could not parse; its depth is already capped,
 * so the recursive parser that locates the error stays shallow.
 */
export function malformedJsonDetail(body: unknown): string {
  const prefix = 'Malformed JSON in request body';
  if (typeof body !== 'string') return `${prefix}: it cannot be parsed`;
  const start = body.length - body.trimStart().length;
  if (start < body.length && body[start] !== '{' && body[start] !== '[') {
    // body-parser's strict mode: a bare string, number or literal is no request body.
    return `${prefix} ${location(body, start)}: an object or array was expected`;
  }
  const errors: ParseError[] = [];
  parse(body, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return `${prefix}: it cannot be parsed`;
  return `${prefix} ${location(body, first.offset)}: ${describe(first.error)}`;
}

function location(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `at line ${line}, column ${column} (offset ${offset})`;
}

/** `CloseBraceExpected` → "close brace expected". */
function describe(code: ParseError['error']): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
