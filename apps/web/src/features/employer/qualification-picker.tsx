import { unwrap } from '@bridge/api-client';
import { findQualification } from '@bridge/reference-data';
import { SearchPicker, type PickerItem } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';

interface QualificationLike {
  crebo: string;
  title: string;
  level: number;
}

export function useQualificationLabel() {
  const { t } = useTranslation('employer');
  return (q: QualificationLike) =>
    t('qualifications.item', {
      title: q.title,
      crebo: q.crebo,
      level:
        q.level === 1 ? t('qualifications.entree') : t('qualifications.level', { level: q.level }),
    });
}

/** "Basislasser (crebo 25290, niveau 2)" for a crebo code, or the code itself when unknown here. */
export function useCreboLabel() {
  const label = useQualificationLabel();
  return (crebo: string) => {
    const known = findQualification(crebo);
    return known ? label(known) : crebo;
  };
}

function useDebounced(value: string, ms = 250) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface QualificationPickerProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** The chosen crebo codes. */
  value: readonly string[];
  onChange(value: string[]): void;
  max?: number;
}

/**
 * Choose qualifications (crebo codes) by searching training's GET /qualifications?q= on a word
 * of the title or the start of the crebo code. Shared by the employer's and the school's forms.
 */
export function QualificationPicker({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
  max = 20,
}: QualificationPickerProps) {
  const { t } = useTranslation('employer');
  const api = useApi();
  const label = useQualificationLabel();
  const creboLabel = useCreboLabel();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const search = useQuery({
    queryKey: ['training', 'qualifications', { q }],
    queryFn: () =>
      unwrap(api.training.GET('/qualifications', { params: { query: { q, limit: 10 } } })),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
  });
  const results: PickerItem[] =
    q.length >= 2
      ? (search.data?.items ?? []).map((item) => ({ value: item.crebo, label: label(item) }))
      : [];
  const selected: PickerItem[] = value.map((crebo) => ({ value: crebo, label: creboLabel(crebo) }));
  const open = results.filter((item) => !value.includes(item.value)).length;
  const status =
    q.length < 2
      ? query.trim().length > 0
        ? t('qualifications.typeMore')
        : ''
      : search.isFetching
        ? t('qualifications.searching')
        : search.isError
          ? t('qualifications.searchFailed')
          : open === 0
            ? t('qualifications.noResults')
            : t('qualifications.found', { count: open });

  return (
    <SearchPicker
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      searchLabel={t('qualifications.search')}
      query={query}
      onQueryChange={setQuery}
      results={results}
      status={status}
      resultsLabel={t('qualifications.results')}
      selected={selected}
      selectedLabel={t('qualifications.chosen', { legend })}
      noneSelected={t('qualifications.noneChosen')}
      addText={t('qualifications.add')}
      removeText={t('qualifications.remove')}
      addLabel={(item) => t('qualifications.addLabel', { item: item.label })}
      removeLabel={(item) => t('qualifications.removeLabel', { item: item.label })}
      onAdd={(item) => onChange([...value, item.value])}
      onRemove={(item) => onChange(value.filter((crebo) => crebo !== item.value))}
      max={max}
      maxReached={t('qualifications.maxReached', { count: max })}
    />
  );
}
