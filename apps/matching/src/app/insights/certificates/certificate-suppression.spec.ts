import { workshopTypeSuppressed } from './certificate-suppression';

describe('workshopTypeSuppressed', () => {
  it('withholds a type of fewer than 10 holders and shows one of 10', () => {
    expect(workshopTypeSuppressed(9, ['25016'], new Set(['25016']))).toBe(true);
    expect(workshopTypeSuppressed(10, ['25016'], new Set())).toBe(false);
  });

  it('withholds a type of which exactly one qualification is withheld: the others would give it away', () => {
    expect(workshopTypeSuppressed(14, ['25015', '25016'], new Set(['25015']))).toBe(true);
  });

  it('shows a type of which two or more qualifications are withheld, as only their sum can be recovered', () => {
    expect(
      workshopTypeSuppressed(20, ['25015', '25016', '25018'], new Set(['25015', '25018'])),
    ).toBe(false);
  });
});
