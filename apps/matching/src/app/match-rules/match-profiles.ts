import { EntityManager, In } from 'typeorm';
import { Candidate } from '../read-models/candidates/candidate.entity';
import { CandidateCertificate } from '../read-models/certificates/candidate-certificate.entity';
import { Covenant } from '../read-models/covenants/covenant.entity';
import { covenantsById } from '../read-models/covenants/covenants-by-id';
import { Vacancy } from '../read-models/vacancies/vacancy.entity';
import type { CandidateProfile, TargetProfile } from './match-rules';

/** A candidate as the match rules see it: its valid certificates only. */
export async function candidateProfileOf(
  manager: EntityManager,
  candidate: Candidate,
): Promise<CandidateProfile> {
  const [profile] = await candidateProfilesOf(manager, [candidate]);
  return profile;
}

/** Candidates as the match rules see them, their certificates read in one statement. */
export async function candidateProfilesOf(
  manager: EntityManager,
  candidates: Candidate[],
): Promise<CandidateProfile[]> {
  if (candidates.length === 0) return [];
  const certificates = await manager.findBy(CandidateCertificate, {
    candidateId: In(candidates.map((candidate) => candidate.id)),
    status: 'valid',
  });
  const held = new Map<string, CandidateProfile['certificates']>();
  for (const { candidateId, crebo, sector } of certificates)
    held.set(candidateId, [...(held.get(candidateId) ?? []), { crebo, sector }]);
  return candidates.map((candidate) => ({
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
    placed: Boolean(candidate.placement),
    certificates: held.get(candidate.id) ?? [],
  }));
}

/** Vacancies as the match rules see them, their covenants read in one statement. */
export async function vacancyProfilesOf(
  manager: EntityManager,
  vacancies: Vacancy[],
): Promise<TargetProfile[]> {
  if (vacancies.length === 0) return [];
  const covenantById = await covenantsById(
    manager,
    vacancies.map((vacancy) => vacancy.covenantId),
  );
  return vacancies.map((vacancy) => vacancyProfile(vacancy, covenantById.get(vacancy.covenantId)));
}

/**
 * A vacancy as the match rules see it, with its covenant (`undefined`: unknown to matching): active
 * when it is the employer's own and holds on the start date.
 */
export function vacancyProfile(vacancy: Vacancy, covenant: Covenant | undefined): TargetProfile {
  return {
    id: vacancy.vacancyId,
    type: 'vacancy',
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
      ? {
          active:
            covenant.employerId === vacancy.employerId && covenant.isActiveOn(vacancy.startDate),
          piCodes: covenant.piCodes,
        }
      : null,
  };
}
