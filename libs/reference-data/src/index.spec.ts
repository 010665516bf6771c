import * as api from './index';

describe('@bridge/reference-data public API', () => {
  it('exports the lookups', () => {
    for (const name of [
      'findMunicipality',
      'requireMunicipality',
      'listMunicipalities',
      'regionOfMunicipality',
      'findRegion',
      'requireRegion',
      'listRegions',
      'municipalitiesOfRegion',
      'findPenitentiaryInstitution',
      'requirePenitentiaryInstitution',
      'listPenitentiaryInstitutions',
      'findQualification',
      'requireQualification',
      'listQualifications',
      'searchQualifications',
      'findSector',
      'requireSector',
      'listSectors',
      'findWorkshopType',
      'requireWorkshopType',
      'listWorkshopTypes',
      'isWorkshopTypeCode',
      'distanceKm',
      'haversineKm',
      'municipalitiesWithinKm',
      'isUnknownReferenceError',
    ] as const) {
      expect(typeof api[name]).toBe('function');
    }
    expect(new api.UnknownReferenceError('municipality', 'GM9999')).toBeInstanceOf(Error);
  });
});
