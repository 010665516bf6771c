import { EntityManager } from 'typeorm';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { CandidateCertificate } from '../read-models/certificates/candidate-certificate.entity';
import { covenantsById } from '../read-models/covenants/covenants-by-id';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import type { CandidateProfile, TargetProfile } from './match-rules';

/** A candidate as the match rules see it: its valid certificates only. */
export async function candidateProfileOf(manager: EntityManager, candidate: Candidate): Promise<CandidateProfile> {
  const certificates = await manager.findBy(CandidateCertificate, { candidateId: candidate.id, status: 'valid' });
  return {
    id: candidate.id,
    piCode: candidate.piCode,
    regionCode: candidate.regionCode,
    municipalityCode: candidate.returnMunicipalityCode,
    releaseDate: candidate.expectedReleaseDate,
    vogOutlook: candidate.vogOutlook,
    excludedMunicipalities: candidate.excludedMunicipalities,
    preferences: candidate.preferences,
    consentToShare: candidate.consent.shareAnonymisedProfile,
    status: candidate.status,
    certificates: certificates.map(({ crebo, sector }) => ({ crebo, sector })),
  };
}

/**
 * Vacancies as the match rules see them, with their covenant: active when it is the employer's own
 * and holds on the start date.
 */
export async function vacancyProfilesOf(manager: EntityManager, vacancies: Vacancy[]): Promise<TargetProfile[]> {
  if (vacancies.length === 0) return [];
  const covenantById = await covenantsById(manager, vacancies.map((vacancy) => vacancy.covenantId));
  return vacancies.map((vacancy) => {
    const covenant = covenantById.get(vacancy.covenantId);
    return {
      id: vacancy.vacancyId,
      type: 'vacancy' as const,
      title: vacancy.title,
      open: vacancy.status === 'open',
      placesLeft: vacancy.openingsLeft,
      municipalityCode: vacancy.municipalityCode,
      regionCode: vacancy.regionCode,
      startDate: vacancy.startDate,
      sector: vacancy.sector,
      requiredQualifications: vacancy.requiredQualifications,
      preferredQualifications: vacancy.preferredQualifications,
      requiresVog: vacancy.requiresVog,
      covenant: covenant
        ? { active: covenant.employerId === vacancy.employerId && covenant.isActiveOn(vacancy.startDate), piCodes: covenant.piCodes }
        : null,
    };
  });
}
