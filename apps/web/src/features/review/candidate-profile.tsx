import { unwrap } from '@bridge/api-client';
import { Details, Heading, Paragraph, Section, UnorderedList, UnorderedListItem } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../../shared/query-state';
import { municipalityName, piName, regionName } from '../../shared/reference';
import { PlacementSummary } from '../candidates/candidate-table';
import { consentOf, preferencesOf, shortPseudonym, type Candidate } from './model';
import { ReleaseDate } from './release-date';

function Preferences({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation('review');
  const preferences = preferencesOf(candidate);
  const open = [
    preferences.work && t('candidate.work'),
    preferences.education && t('candidate.education'),
  ].filter(Boolean);
  return (
    <>
      {open.length > 0
        ? t('candidate.openTo', { what: open.join(t('candidate.and')) })
        : t('candidate.noPreference')}
      {preferences.sectors && preferences.sectors.length > 0 && (
        <>
          <br />
          {t('candidate.sectors', { sectors: preferences.sectors.join(', ') })}
        </>
      )}
    </>
  );
}

/** The candidate as the advisor may see them: pseudonymised, no DJI number, no name. */
export function CandidateProfile({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation('review');
  const { t: candidates } = useTranslation('candidates');
  const api = useApi();
  const format = useFormat();
  const query = useQuery({
    queryKey: ['review', 'candidate', candidateId],
    queryFn: () =>
      unwrap(api.matching.GET('/candidates/{id}', { params: { path: { id: candidateId } } })),
  });
  const candidate = query.data;
  return (
    <Section title={t('candidate.title')}>
      <QueryState isPending={query.isPending} error={query.error}>
        {candidate && (
          <>
            <Details
              items={[
                {
                  key: 'pseudonym',
                  label: t('candidate.pseudonym'),
                  value: shortPseudonym(candidate.id),
                },
                { key: 'pi', label: t('candidate.pi'), value: piName(candidate.piCode) },
                {
                  key: 'release',
                  label: t('candidate.release'),
                  value: <ReleaseDate date={candidate.expectedReleaseDate} />,
                },
                {
                  key: 'return',
                  label: t('candidate.returnTo'),
                  value: t('candidate.returnToValue', {
                    municipality: municipalityName(candidate.returnMunicipalityCode),
                    region: regionName(candidate.regionCode),
                  }),
                },
                { key: 'vog', label: t('candidate.vog'), value: t(`vog.${candidate.vogOutlook}`) },
                {
                  key: 'preferences',
                  label: t('candidate.preferences'),
                  value: <Preferences candidate={candidate} />,
                },
                {
                  key: 'excluded',
                  label: t('candidate.excluded'),
                  value:
                    candidate.excludedMunicipalities.length > 0
                      ? candidate.excludedMunicipalities.map(municipalityName).join(', ')
                      : t('candidate.none'),
                },
                {
                  key: 'consent',
                  label: t('candidate.consent'),
                  value: consentOf(candidate).shareAnonymisedProfile
                    ? t('candidate.consentGiven')
                    : t('candidate.consentNotGiven'),
                },
                ...(candidate.status === 'left'
                  ? [{ key: 'status', label: t('candidate.status'), value: t('candidate.left') }]
                  : []),
                ...(candidate.placement
                  ? [
                      {
                        key: 'placement',
                        label: candidates('details.placement'),
                        value: <PlacementSummary placement={candidate.placement} />,
                      },
                    ]
                  : []),
              ]}
            />
            <Heading level={3}>{t('candidate.certificates')}</Heading>
            {candidate.certificates && candidate.certificates.length > 0 ? (
              <UnorderedList>
                {candidate.certificates.map((certificate) => (
                  <UnorderedListItem key={`${certificate.crebo}-${certificate.issuedOn}`}>
                    {t('candidate.certificate', {
                      title: certificate.title,
                      crebo: certificate.crebo,
                      date: format.date(certificate.issuedOn),
                    })}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ) : (
              <Paragraph>{t('candidate.noCertificates')}</Paragraph>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
