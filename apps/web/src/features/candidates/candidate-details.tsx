import { Details, type Detail } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { municipalityName, piName, regionName } from '../../shared/reference';
import type { Candidate } from './candidate';
import {
  CandidateStatusBadge,
  ConsentBadge,
  PlacementSummary,
  ReleaseDate,
} from './candidate-table';

/**
 * The profile of a candidate as the PI sees it. `full` adds what only the casemanager keeps
 * (VOG outlook, excluded municipalities, preferences, consent).
 */
export function CandidateDetails({ candidate, full }: { candidate: Candidate; full?: boolean }) {
  const { t } = useTranslation('candidates');
  const format = useFormat();
  const items: Detail[] = [
    { key: 'pseudonym', label: t('details.pseudonym'), value: <code>{candidate.id}</code> },
    {
      key: 'status',
      label: t('details.status'),
      value: <CandidateStatusBadge candidate={candidate} />,
    },
    ...(candidate.placement
      ? [
          {
            key: 'placement',
            label: t('details.placement'),
            value: <PlacementSummary placement={candidate.placement} />,
          },
        ]
      : []),
    ...(candidate.leftReason
      ? [
          {
            key: 'leftReason',
            label: t('details.leftReason'),
            value: t(`leaveReasons.${candidate.leftReason}`),
          },
        ]
      : []),
    { key: 'pi', label: t('details.pi'), value: piName(candidate.piCode) },
    {
      key: 'release',
      label: t('details.release'),
      value: <ReleaseDate date={candidate.expectedReleaseDate} />,
    },
    {
      key: 'municipality',
      label: t('details.municipality'),
      value: t('details.municipalityInRegion', {
        municipality: municipalityName(candidate.returnMunicipalityCode),
        region: regionName(candidate.regionCode),
      }),
    },
  ];
  if (full) {
    const preferences = candidate.preferences ?? {};
    const wants = [
      preferences.work && t('details.work'),
      preferences.education && t('details.education'),
    ].filter(Boolean);
    items.push(
      { key: 'vog', label: t('details.vog'), value: t(`vog.${candidate.vogOutlook}`) },
      {
        key: 'excluded',
        label: t('details.excluded'),
        value:
          candidate.excludedMunicipalities.length > 0
            ? candidate.excludedMunicipalities.map(municipalityName).join(', ')
            : t('details.none'),
      },
      {
        key: 'wants',
        label: t('details.wants'),
        value: wants.length > 0 ? wants.join(', ') : t('details.notGiven'),
      },
      {
        key: 'sectors',
        label: t('details.sectors'),
        value:
          preferences.sectors && preferences.sectors.length > 0
            ? preferences.sectors.join(', ')
            : t('details.notGiven'),
      },
      {
        key: 'consent',
        label: t('details.consent'),
        value: <ConsentBadge consent={candidate.consent} />,
      },
      {
        key: 'registered',
        label: t('details.registered'),
        value: format.dateTime(candidate.createdAt),
      },
    );
  }
  return <Details items={items} />;
}
