import type { Principal } from '@bridge/platform';
import { callerOf, canonicalJson, requestHash } from './idempotency.service';

describe('idempotency request identity', () => {
  it('hashes JSON bodies independently of key order, and tells different bodies apart', () => {
    expect(
      canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } }),
    ).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    expect(requestHash({ a: 1, b: 2 })).toBe(requestHash({ b: 2, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: '1' }));
    expect(requestHash({ a: 1, b: undefined })).toBe(requestHash({ a: 1 }));
  });

  it('names the caller by subject, role and scope', () => {
    const leader: Principal = {
      sub: 'u1',
      role: 'workshop-leader',
      pi: 'PI-VUGHT',
    };
    const sameSubOtherPi: Principal = {
      sub: 'u1',
      role: 'workshop-leader',
      pi: 'PI-ZWOLLE',
    };
    const admin: Principal = { sub: 'u1', role: 'admin' };
    expect(
      new Set([callerOf(leader), callerOf(sameSubOtherPi), callerOf(admin)])
        .size,
    ).toBe(3);
    expect(
      callerOf({ sub: 'a', role: 'uwv-advisor', regions: ['AM27', 'AM18'] }),
    ).toBe(
      callerOf({ sub: 'a', role: 'uwv-advisor', regions: ['AM18', 'AM27'] }),
    );
  });
});
