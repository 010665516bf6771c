import { unwrap } from '@bridge/api-client';
import { findQualification } from '@bridge/reference-data';
import { Details, Section, type Detail } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../../shared/query-state';
import { municipalityName } from '../../shared/reference';
import { targetOf, type QueuedSuggestion } from './model';

function qualificationText(crebo: string) {
  const qualification = findQualification(crebo);
  return qualification ? `${qualification.title} (${crebo})` : crebo;
}

function useTargetDetails(suggestion: QueuedSuggestion) {
  const api = useApi();
  const vacancy = useQuery({
    queryKey: ['review', 'vacancy', suggestion.targetId],
    queryFn: () =>
      unwrap(
        api.employers.GET('/vacancies/{id}', { params: { path: { id: suggestion.targetId } } }),
      ),
    enabled: suggestion.type === 'vacancy',
  });
  const schoolPlace = useQuery({
    queryKey: ['review', 'school-place', suggestion.targetId],
    queryFn: () =>
      unwrap(
        api.training.GET('/school-places/{id}', { params: { path: { id: suggestion.targetId } } }),
      ),
    enabled: suggestion.type === 'school-place',
  });
  return suggestion.type === 'vacancy' ? vacancy : schoolPlace;
}

/** The vacancy or school place of the suggestion: what the suggestion says, and the rest from its own service. */
export function TargetDetails({ suggestion }: { suggestion: QueuedSuggestion }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const target = targetOf(suggestion);
  const details = useTargetDetails(suggestion);
  const items: Detail[] = [
    { key: 'type', label: t('target.type'), value: t(`targetType.${suggestion.type}`) },
    { key: 'title', label: t('target.name'), value: target.title },
    {
      key: 'municipality',
      label: t('target.municipality'),
      value: municipalityName(target.municipalityCode),
    },
    { key: 'start', label: t('target.start'), value: format.date(target.startDate) },
  ];
  const data = details.data;
  if (data && 'hoursPerWeek' in data) {
    items.push(
      {
        key: 'hours',
        label: t('target.hours'),
        value: t('target.hoursValue', { count: data.hoursPerWeek }),
      },
      {
        key: 'openings',
        label: t('target.openingsLeft'),
        value: t('target.ofTotal', { left: data.openingsLeft, total: data.openings }),
      },
      {
        key: 'required',
        label: t('target.required'),
        value:
          data.requiredQualifications.length > 0
            ? data.requiredQualifications.map(qualificationText).join('; ')
            : t('target.none'),
      },
      {
        key: 'vog',
        label: t('target.vog'),
        value: data.requiresVog ? t('target.yes') : t('target.no'),
      },
      { key: 'status', label: t('target.status'), value: t(`targetStatus.${data.status}`) },
    );
  } else if (data && 'seatsLeft' in data) {
    const required = data.entryRequirements?.requiredQualifications ?? [];
    items.push(
      { key: 'path', label: t('target.learningPath'), value: data.learningPath },
      {
        key: 'level',
        label: t('target.level'),
        value: t('target.levelValue', { level: data.level }),
      },
      {
        key: 'seats',
        label: t('target.seatsLeft'),
        value: t('target.ofTotal', { left: data.seatsLeft, total: data.seats }),
      },
      {
        key: 'required',
        label: t('target.entry'),
        value:
          [
            data.entryRequirements?.minLevel
              ? t('target.minLevel', { level: data.entryRequirements.minLevel })
              : undefined,
            ...required.map(qualificationText),
          ]
            .filter(Boolean)
            .join('; ') || t('target.none'),
      },
      { key: 'status', label: t('target.status'), value: t(`targetStatus.${data.status}`) },
    );
  }
  return (
    <Section title={t('target.title')}>
      <Details items={items} />
      <QueryState isPending={details.isPending} error={details.error}>
        {null}
      </QueryState>
    </Section>
  );
}
