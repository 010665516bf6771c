import type { Principal } from '../auth/role.model';
import { callerOf, isValidIdempotencyKey } from './idempotent-request.model';

describe('idempotent requests', () => {
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
    expect(new Set([callerOf(leader), callerOf(sameSubOtherPi), callerOf(admin)]).size).toBe(3);
    expect(callerOf({ sub: 'a', role: 'uwv-advisor', regions: ['AM27', 'AM18'] })).toBe(
      callerOf({ sub: 'a', role: 'uwv-advisor', regions: ['AM18', 'AM27'] }),
    );
  });
});
