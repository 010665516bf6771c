import { Badge, DataTable, type Column } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { daysUntil, useFormat } from '../../i18n/format';
import { municipalityName } from '../../shared/reference';
import { shortPseudonym, type Candidate } from './candidate';
import { AppLink } from './links';

/** The release date with how far away it is ("over 12 dagen", "3 dagen geleden"). */
export function ReleaseDate({ date }: { date: string }) {
  const { t } = useTranslation('candidates');
  const format = useFormat();
  const days = daysUntil(date);
  return (
    <>
      {format.date(date)}
      <br />
      <small>
        {days === 0
          ? t('release.today')
          : days > 0
            ? t('release.inDays', { count: days })
            : t('release.daysAgo', { count: -days })}
      </small>
    </>
  );
}

/** Active, placed (an active candidate with a placement) or left, as a word. */
export function CandidateStatusBadge({
  candidate,
}: {
  candidate: Pick<Candidate, 'status'> & Partial<Pick<Candidate, 'placement'>>;
}) {
  const { t } = useTranslation('candidates');
  if (candidate.status === 'active' && candidate.placement)
    return <Badge tone="info">{t('status.placed')}</Badge>;
  return (
    <Badge tone={candidate.status === 'active' ? 'ok' : 'neutral'}>
      {t(`status.${candidate.status}`)}
    </Badge>
  );
}

/** Where a candidate was placed (title and kind) and since when (recorded on, start date). */
export function PlacementSummary({
  placement,
  brief,
}: {
  placement: NonNullable<Candidate['placement']>;
  /** Only the title, for lists. */
  brief?: boolean;
}) {
  const { t } = useTranslation('candidates');
  const format = useFormat();
  if (brief) return <small>{placement.title}</small>;
  return (
    <>
      {t('placement.where', { title: placement.title, type: t(`type.${placement.targetType}`) })}
      <br />
      <small>
        {t('placement.since', {
          placedOn: format.date(placement.placedOn),
          startDate: format.date(placement.startDate),
        })}
      </small>
    </>
  );
}

export function ConsentBadge({ consent }: { consent: Candidate['consent'] }) {
  const { t } = useTranslation('candidates');
  return consent.shareAnonymisedProfile ? (
    <Badge tone="ok">{t('consent.yes')}</Badge>
  ) : (
    <Badge tone="warning">{t('consent.no')}</Badge>
  );
}

export interface CandidateTableProps {
  caption: string;
  candidates: readonly Candidate[];
  /** Where a candidate's own page is (relative to the area). */
  linkTo(candidate: Candidate): string;
  /** Show the consent column (casemanager). */
  showConsent?: boolean;
  /** Navigation state the candidate links carry (e.g. the list's filters, for the way back). */
  linkState?: unknown;
  busy?: boolean;
}

/** The candidates of a PI: pseudonym (a link to the candidate), release, return municipality, certificates, status. */
export function CandidateTable({
  caption,
  candidates,
  linkTo,
  showConsent,
  linkState,
  busy,
}: CandidateTableProps) {
  const { t } = useTranslation('candidates');
  const columns: Column<Candidate>[] = [
    {
      key: 'pseudonym',
      header: t('columns.pseudonym'),
      cell: (candidate) => (
        <AppLink
          to={linkTo(candidate)}
          state={linkState}
          aria-label={t('openCandidate', { pseudonym: shortPseudonym(candidate.id) })}
        >
          <code>{shortPseudonym(candidate.id)}</code>
        </AppLink>
      ),
    },
    {
      key: 'release',
      header: t('columns.release'),
      cell: (candidate) => <ReleaseDate date={candidate.expectedReleaseDate} />,
    },
    {
      key: 'municipality',
      header: t('columns.municipality'),
      cell: (candidate) => municipalityName(candidate.returnMunicipalityCode),
    },
    {
      key: 'certificates',
      header: t('columns.certificates'),
      cell: (candidate) =>
        candidate.certificates && candidate.certificates.length > 0 ? (
          <ul className="bridge-plain-list">
            {candidate.certificates.map((certificate) => (
              <li key={`${certificate.crebo}-${certificate.issuedOn}`}>{certificate.title}</li>
            ))}
          </ul>
        ) : (
          t('noCertificates')
        ),
    },
    ...(showConsent
      ? [
          {
            key: 'consent',
            header: t('columns.consent'),
            cell: (candidate: Candidate) => <ConsentBadge consent={candidate.consent} />,
          },
        ]
      : []),
    {
      key: 'status',
      header: t('columns.status'),
      cell: (candidate) => (
        <>
          <CandidateStatusBadge candidate={candidate} />
          {candidate.status === 'active' && candidate.placement && (
            <>
              <br />
              <PlacementSummary placement={candidate.placement} brief />
            </>
          )}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={candidates}
      rowKey={(candidate) => candidate.id}
      busy={busy}
    />
  );
}
