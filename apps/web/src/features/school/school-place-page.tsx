import { unwrap, type TrainingSchemas } from '@bridge/api-client';
import { Actions, Button, Details, Heading, Notice, PageTitle, Paragraph } from '@bridge/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { AppLink } from '../../shared/app-link';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { municipalityName, regionName } from '../../shared/reference';
import { useCreboLabel } from '../employer/qualification-picker';
import { ReferralsPanel } from '../employer/referrals-panel';
import { schoolPaths } from './paths';
import { schoolPlaceKey, useSchoolPlace } from './school-places-pages';
import { SchoolPlaceStatusBadge } from './status-badge';

type SchoolPlace = TrainingSchemas['schemas']['SchoolPlaceView'];

/** One school place: its details, edit and withdraw while open, and the anonymised referrals to it. */
export function SchoolPlacePage() {
  const { t } = useTranslation('school');
  const { id = '' } = useParams();
  const location = useLocation();
  const api = useApi();
  const queryClient = useQueryClient();
  const place = useSchoolPlace(id);
  const title = place.data
    ? t('places.placeName', { title: place.data.title, crebo: place.data.crebo })
    : t('place.title');
  usePageTitle(title);
  const arrived = (location.state as { notice?: string } | null)?.notice;
  const [withdrawn, setWithdrawn] = useState(false);

  const recordPlacement = async (referralId: string) => {
    const placement = await unwrap(
      api.training.POST('/school-places/{id}/placements', {
        params: { path: { id } },
        body: { referralId },
      }),
    );
    queryClient.setQueryData<SchoolPlace>(schoolPlaceKey(id), (current) =>
      current ? { ...current, seatsLeft: placement.seatsLeft, status: placement.status } : current,
    );
    void queryClient.invalidateQueries({ queryKey: schoolPlaceKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['training', 'school-places'] });
    return { left: placement.seatsLeft };
  };

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <AppLink to={schoolPaths.places}>{t('place.back')}</AppLink>
      </Paragraph>
      {arrived && !withdrawn && (
        <Notice tone="ok">{arrived === 'created' ? t('place.created') : t('place.saved')}</Notice>
      )}
      {withdrawn && <Notice tone="ok">{t('place.withdrawn')}</Notice>}
      <QueryState isPending={place.isPending} error={place.error}>
        {place.data && (
          <>
            <PlaceDetails place={place.data} />
            {place.data.status === 'open' && (
              <>
                <Paragraph>
                  <AppLink to={schoolPaths.editPlace(id)}>{t('place.edit')}</AppLink>
                </Paragraph>
                <WithdrawPlace place={place.data} onWithdrawn={() => setWithdrawn(true)} />
              </>
            )}
            <ReferralsPanel
              targetId={id}
              canPlace={place.data.status === 'open' && place.data.seatsLeft > 0}
              recordPlacement={recordPlacement}
              placementHint={t('place.placementHint', { count: place.data.seatsLeft })}
              placedMessage={(left) => t('place.placed', { count: left })}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function PlaceDetails({ place }: { place: SchoolPlace }) {
  const { t } = useTranslation('school');
  const format = useFormat();
  const creboLabel = useCreboLabel();
  const required = place.entryRequirements.requiredQualifications;
  const minLevel = place.entryRequirements.minLevel;
  return (
    <Details
      items={[
        {
          key: 'status',
          label: t('place.status'),
          value: <SchoolPlaceStatusBadge status={place.status} />,
        },
        {
          key: 'seatsLeft',
          label: t('place.seatsLeft'),
          value: (
            <span data-testid="seats-left">
              {t('places.leftOf', { left: place.seatsLeft, total: place.seats })}
            </span>
          ),
        },
        { key: 'qualification', label: t('place.qualification'), value: creboLabel(place.crebo) },
        {
          key: 'learningPath',
          label: t('place.learningPath'),
          value: t(`learningPath.${place.learningPath}`),
        },
        {
          key: 'place',
          label: t('place.municipality'),
          value: t('place.where', {
            municipality: municipalityName(place.municipalityCode),
            region: regionName(place.regionCode),
          }),
        },
        { key: 'start', label: t('place.startDate'), value: format.date(place.startDate) },
        { key: 'covenant', label: t('place.covenant'), value: place.covenantId ?? t('place.none') },
        {
          key: 'minLevel',
          label: t('place.minLevel'),
          value: minLevel
            ? minLevel === 1
              ? t('form.entree')
              : t('form.level', { level: minLevel })
            : t('place.none'),
        },
        {
          key: 'required',
          label: t('place.required'),
          value:
            required.length === 0 ? (
              t('place.none')
            ) : (
              <ul>
                {required.map((crebo) => (
                  <li key={crebo}>{creboLabel(crebo)}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

/** Withdraw an open school place, after a confirmation step. */
function WithdrawPlace({ place, onWithdrawn }: { place: SchoolPlace; onWithdrawn(): void }) {
  const { t } = useTranslation('school');
  const api = useApi();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.training.POST('/school-places/{id}/withdraw', { params: { path: { id: place.id } } }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(schoolPlaceKey(place.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['training', 'school-places'] });
      onWithdrawn();
    },
  });
  if (!confirming) {
    return (
      <Actions>
        <Button onClick={() => setConfirming(true)}>{t('place.withdraw')}</Button>
      </Actions>
    );
  }
  return (
    <div className="bridge-section">
      <Heading level={2} ref={headingRef} tabIndex={-1}>
        {t('place.withdrawTitle')}
      </Heading>
      <Paragraph>{t('place.withdrawWarning')}</Paragraph>
      {withdraw.error && (
        <Notice tone="error" title={t('place.withdrawFailed')}>
          {withdraw.error.message}
        </Notice>
      )}
      <Actions>
        <Button appearance="primary" busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {t('place.withdrawConfirm')}
        </Button>
        <Button appearance="subtle" onClick={() => setConfirming(false)}>
          {t('cancel')}
        </Button>
      </Actions>
    </div>
  );
}
