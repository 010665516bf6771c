import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from './postgres-errors';

describe('isUniqueViolation', () => {
  const failure = (driverError: object) => new QueryFailedError('INSERT …', [], Object.assign(new Error('failed'), driverError));

  it('recognises SQLSTATE 23505, of any constraint or of the one named', () => {
    const error = failure({ code: '23505', constraint: 'employers_kvk_number_key' });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'employers_kvk_number_key')).toBe(true);
    expect(isUniqueViolation(error, 'certificates_valid_unique')).toBe(false);
  });

  it('answers false for other database errors and for anything else', () => {
    expect(isUniqueViolation(failure({ code: '23503', constraint: 'fk' }))).toBe(false);
    expect(isUniqueViolation(new Error('23505'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
