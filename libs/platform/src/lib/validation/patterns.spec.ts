import { municipalityCode } from '@bridge/contracts';
import { isUuid, MUNICIPALITY_CODE_PATTERN } from './patterns';

describe('id and code patterns', () => {
  it('knows a UUID in either case', () => {
    expect(isUuid('3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b')).toBe(true);
    expect(isUuid('3F2B8C1E-9A4D-4E6F-8B7A-1C2D3E4F5A6B')).toBe(true);
    for (const bad of [
      '3f2b8c1e9a4d4e6f8b7a1c2d3e4f5a6b',
      '3f2b8c1e-9a4d-4e6f-8b7a',
      'x',
      42,
      null,
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
  });

  it('reads a CBS municipality code as the event contracts do', () => {
    for (const code of ['GM0363', 'GM034', 'gm0363', 'GM03630', 'AM01']) {
      expect(MUNICIPALITY_CODE_PATTERN.test(code)).toBe(municipalityCode.safeParse(code).success);
    }
    expect(MUNICIPALITY_CODE_PATTERN.test('GM0363')).toBe(true);
  });
});
