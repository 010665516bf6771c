import { unwrap } from '@bridge/api-client';
import { findQualification, listSectors } from '@bridge/reference-data';
import { SearchPicker, SelectField, type PickerItem } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';

interface QualificationLike {
  crebo: string;
  title: string;
  level: number;
}

const collator = new Intl.Collator('nl');

/** The opleidingsdomeinen (and Entree) to narrow the search to, by name, with their size. */
const SECTOR_OPTIONS = listSectors().map((sector) => ({
  value: sector.name,
  count: sector.qualificationCount,
}));

/** A domain shown whole (the largest holds 82), else a page that a person can still scan. */
const PAGE_IN_SECTOR = 100;
const PAGE_ANYWHERE = 30;

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
 * Choose qualifications (crebo codes) from the whole MBO list (470) by searching training's
 * GET /qualifications on a word of the title or the start of the crebo code, optionally within
 * one opleidingsdomein; a domain alone lists all of it. Results are grouped by domain. Shared by
 * the employer's and the school's forms.
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
  const [sector, setSector] = useState('');
  const q = useDebounced(query.trim());
  const searching = q.length >= 2 || sector !== '';
  const limit = sector ? PAGE_IN_SECTOR : PAGE_ANYWHERE;
  const search = useQuery({
    queryKey: ['training', 'qualifications', { q, sector, limit }],
    queryFn: () =>
      unwrap(
        api.training.GET('/qualifications', {
          params: { query: { ...(q && { q }), ...(sector && { sector }), limit } },
        }),
      ),
    enabled: searching,
    staleTime: 5 * 60_000,
  });
  const results: PickerItem[] = searching
    ? [...(search.data?.items ?? [])]
        .sort((a, b) => collator.compare(a.sector, b.sector))
        .map((item) => ({ value: item.crebo, label: label(item), group: item.sector }))
    : [];
  const selected: PickerItem[] = value.map((crebo) => ({ value: crebo, label: creboLabel(crebo) }));
  const open = results.filter((item) => !value.includes(item.value)).length;
  const status = !searching
    ? query.trim().length > 0
      ? t('qualifications.typeMore')
      : ''
    : search.isFetching
      ? t('qualifications.searching')
      : search.isError
        ? t('qualifications.searchFailed')
        : open === 0
          ? t('qualifications.noResults')
          : search.data?.nextCursor
            ? t('qualifications.foundMore', { count: open })
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
      filters={
        <SelectField
          id={`${id}-sector`}
          label={t('qualifications.sector')}
          placeholder={t('qualifications.allSectors')}
          options={SECTOR_OPTIONS.map((option) => ({
            value: option.value,
            label: t('qualifications.sectorOption', { sector: option.value, count: option.count }),
          }))}
          value={sector}
          onChange={(event) => setSector(event.target.value)}
        />
      }
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
