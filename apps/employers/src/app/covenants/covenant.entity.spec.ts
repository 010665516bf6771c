import { Covenant } from './covenant.entity';
import { covenantShapeErrors, CreateCovenantDto } from './dto/create-covenant.dto';

describe('Covenant', () => {
  const covenant = Object.assign(new Covenant(), {
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
  });

  it('is in force from its first to its last day, both included', () => {
    expect(
      ['2026-12-31', '2027-01-01', '2027-06-15', '2027-12-31', '2028-01-01'].map((d) =>
        covenant.isActiveOn(d),
      ),
    ).toEqual([false, true, true, true, false]);
  });

  it.each([
    ['not ended, on its last day', false, null, '2027-12-31'],
    ['not ended, the day after its last day', true, null, '2028-01-01'],
    ['ended, the day before its end day', false, '2027-06-30', '2027-06-29'],
    ['ended, on its end day', true, '2027-06-30', '2027-06-30'],
  ])('is over (its vacancies close), %s: %s', (_case, over, endedOn, today) => {
    const ended = Object.assign(new Covenant(), {
      validFrom: '2027-01-01',
      validTo: endedOn ?? '2027-12-31',
      endedOn,
    });
    expect(ended.isOverOn(today)).toBe(over);
  });

  it('names exactly one signatory and ends on or after it starts', () => {
    const dto = (fields: Partial<CreateCovenantDto>) =>
      Object.assign(new CreateCovenantDto(), {
        validFrom: '2027-01-01',
        validTo: '2027-01-01',
        ...fields,
      });
    expect(covenantShapeErrors(dto({ brin: '25LX' }))).toEqual([]);
    expect(covenantShapeErrors(dto({ employerId: 'e', brin: '25LX' })).map((e) => e.field)).toEqual(
      ['employerId', 'brin'],
    );
    expect(covenantShapeErrors(dto({})).map((e) => e.field)).toEqual(['employerId', 'brin']);
    expect(
      covenantShapeErrors(dto({ employerId: 'e', validTo: '2026-12-31' })).map((e) => e.field),
    ).toEqual(['validTo']);
  });
});
