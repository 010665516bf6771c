import { canonicalJson, isValidIdempotencyKey, requestHash } from './idempotent-request';

describe('idempotent requests', () => {
  it('hashes bodies independently of key order, but not of values or list order', () => {
    expect(requestHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(requestHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    expect(requestHash({ a: [1, 2] })).not.toBe(requestHash({ a: [2, 1] }));
    expect(canonicalJson({ b: undefined, a: null })).toBe('{"a":null}');
  });

  it.each([
    ['a UUID', '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f', true],
    ['255 characters', 'k'.repeat(255), true],
    ['256 characters', 'k'.repeat(256), false],
    ['an empty key', '', false],
    ['a key with a space', 'two words', false],
    ['a key with non-ASCII', 'sleutel-ë', false],
  ])('takes %s as a key: %s', (_case, key, valid) => {
    expect(isValidIdempotencyKey(key)).toBe(valid);
  });
});
