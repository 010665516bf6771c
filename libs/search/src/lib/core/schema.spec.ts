import { vacancySchema } from '../conformance/vacancy-fixtures';
import type { IndexSchema } from '../search-engine.port';
import { SearchEngineError } from '../search-engine.port';
import { resolveSchema, schemaFingerprint, validateDocuments } from './schema';

describe('resolveSchema', () => {
  const base = vacancySchema('vacancies');
  const invalid = (schema: IndexSchema, message: RegExp) => {
    expect(() => resolveSchema(schema)).toThrow(SearchEngineError);
    expect(() => resolveSchema(schema)).toThrow(message);
  };

  it('declares id and keeps the lists', () => {
    const resolved = resolveSchema({
      name: 'x',
      fields: { title: 'string' },
      searchable: ['title'],
      filterable: ['id'],
      sortable: [],
    });
    expect(resolved.fields).toEqual({ id: 'string', title: 'string' });
    expect(resolved.geo).toBe(false);
  });

  it('rejects names, fields and lists Meilisearch or the filter grammar cannot take', () => {
    invalid({ ...base, name: 'vacancies v2' }, /Invalid index name/);
    invalid({ ...base, fields: { ...base.fields, 'a.b': 'string' } }, /plain identifier/);
    invalid({ ...base, fields: { ...base.fields, OR: 'string' } }, /filter keyword/);
    invalid({ ...base, fields: { ...base.fields, x: 'date' as never } }, /unknown type/);
    invalid({ ...base, fields: { ...base.fields, id: 'number' } }, /"id" must be of type "string"/);
    invalid(
      { ...base, filterable: ['salary'] },
      /"filterable" lists "salary", which is not declared/,
    );
    invalid(
      { ...base, searchable: ['startDay'] },
      /only string and string\[\] fields are searchable/,
    );
    invalid({ ...base, sortable: ['requiredQualifications'] }, /only scalar fields are sortable/);
    invalid({ ...base, filterable: ['_geo'] }, /geo: true/);
    invalid({ ...base, sortable: ['title', 'title'] }, /twice/);
  });

  it('fingerprints independently of list order where order does not matter', () => {
    const a = resolveSchema(base);
    const b = resolveSchema({ ...base, filterable: [...base.filterable].reverse() });
    const c = resolveSchema({ ...base, searchable: ['description', 'title'] });
    expect(schemaFingerprint(a)).toBe(schemaFingerprint(b));
    expect(schemaFingerprint(a)).not.toBe(schemaFingerprint(c)); // searchable order is ranking order
  });
});

describe('validateDocuments', () => {
  const schema = resolveSchema(vacancySchema('vacancies'));
  const invalid = (docs: unknown, message: RegExp) =>
    expect(() => validateDocuments(schema, docs)).toThrow(message);

  it('accepts documents with absent or null optional fields', () => {
    expect(() =>
      validateDocuments(schema, [{ id: 'a' }, { id: 'b-1_X', status: null, _geo: null }]),
    ).not.toThrow();
  });

  it('rejects bad ids, wrong types and malformed geo points', () => {
    invalid([{ id: 'has space' }], /document #0: id "has space"/);
    invalid([{ id: 'a' }, { id: 7 }], /document #1/);
    invalid([{ id: 'a', startDay: '2025-01-01' }], /"startDay" must be a finite number/);
    invalid([{ id: 'a', requiredQualifications: ['x', 1] }], /string\[\]/);
    invalid([{ id: 'a', _geo: { lat: 52, lon: 5 } }], /_geo/);
    invalid([{ id: 'a', _geo: { lat: 91, lng: 5 } }], /_geo/);
    invalid({ id: 'a' }, /must be an array/);
  });
});
