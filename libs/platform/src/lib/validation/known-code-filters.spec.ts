import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { IsKnownPiFilter, IsKnownRegionFilter, IsKnownSectorFilter } from './known-code-filters';

class Filters {
  @IsOptional()
  @IsKnownRegionFilter()
  region?: string;

  @IsOptional()
  @IsKnownPiFilter()
  pi?: string;

  @IsOptional()
  @IsKnownSectorFilter()
  sector?: string;
}

const check = (query: Record<string, unknown>) => {
  const filters = plainToInstance(Filters, query);
  return { filters, failed: validateSync(filters).map((error) => error.property) };
};

describe('known-code query filters', () => {
  it('canonicalises known codes', () => {
    expect(
      check({ region: 'am27', pi: 'pi-vught', sector: 'techniek en procesindustrie' }),
    ).toEqual({
      filters: Object.assign(new Filters(), {
        region: 'AM27',
        pi: 'PI-VUGHT',
        sector: 'Techniek en procesindustrie',
      }),
      failed: [],
    });
  });

  it.each([
    ['region', 'an unknown code', 'AM04'],
    ['region', '10,000 characters', 'x'.repeat(10_000)],
    ['region', 'a number', 27],
    ['pi', 'an unknown code', 'PI-NERGENS'],
    ['pi', 'a list', ['PI-VUGHT']],
    ['sector', 'an unknown name', 'Ruimtevaart'],
  ])('rejects %s: %s', (field, _case, value) => {
    expect(check({ [field]: value }).failed).toEqual([field]);
  });
});
