import { zodResolver } from '@hookform/resolvers/zod';
import { Actions, Button, PageTitle, Paragraph, SelectField, TextField } from '@bridge/ui';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { useClaims } from '../../session/session';
import { piName } from '../../shared/reference';
import { usePageTitle } from '../../shared/page-title';
import { CandidateList } from '../candidates/candidate-list';
import { ButtonLink } from '../candidates/links';
import {
  filtersFromSearch,
  MAX_RELEASE_WITHIN_DAYS,
  queryOfFilters,
  searchFromFilters,
  type FilterValues,
} from './filters';
import { caseworkPaths, type ListState } from './paths';

function FilterForm({
  initial,
  onApply,
  onClear,
}: {
  initial: FilterValues;
  onApply(values: FilterValues): void;
  onClear(): void;
}) {
  const { t } = useTranslation('casework');
  const schema = useMemo(
    () =>
      z.object({
        releaseWithinDays: z
          .string()
          .trim()
          .refine(
            (v) => v === '' || (/^\d+$/.test(v) && Number(v) <= MAX_RELEASE_WITHIN_DAYS),
            t('filters.errors.days', { max: MAX_RELEASE_WITHIN_DAYS }),
          ),
        hasCertificate: z.enum(['', 'true', 'false']),
        consent: z.enum(['', 'true', 'false']),
        status: z.enum(['active', 'left', 'all']),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FilterValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const yesNo = [
    { value: 'true', label: t('filters.yes') },
    { value: 'false', label: t('filters.no') },
  ];
  return (
    <form
      noValidate
      role="search"
      aria-label={t('filters.label')}
      onSubmit={handleSubmit(onApply)}
      className="bridge-filters"
    >
      <TextField
        id="filter-release-within"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_RELEASE_WITHIN_DAYS}
        label={t('filters.releaseWithinDays')}
        hint={t('filters.releaseWithinDaysHint')}
        error={errors.releaseWithinDays?.message}
        {...register('releaseWithinDays')}
      />
      <SelectField
        id="filter-has-certificate"
        label={t('filters.hasCertificate')}
        placeholder={t('filters.any')}
        options={yesNo}
        {...register('hasCertificate')}
      />
      <SelectField
        id="filter-consent"
        label={t('filters.consent')}
        placeholder={t('filters.any')}
        options={yesNo}
        {...register('consent')}
      />
      <SelectField
        id="filter-status"
        label={t('filters.status')}
        options={[
          { value: 'active', label: t('filters.statusActive') },
          { value: 'left', label: t('filters.statusLeft') },
          { value: 'all', label: t('filters.statusAll') },
        ]}
        {...register('status')}
      />
      <Actions>
        <Button type="submit" appearance="primary">
          {t('filters.apply')}
        </Button>
        <Button appearance="subtle" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      </Actions>
    </form>
  );
}

/** The candidates of the casemanager's PI, with filters kept in the URL (they survive going to a candidate and back). */
export function CandidatesScreen() {
  const { t } = useTranslation('casework');
  const { t: candidates } = useTranslation('candidates');
  const { pi } = useClaims();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = filtersFromSearch(searchParams);
  const filtered = searchFromFilters(values).toString() !== '';
  usePageTitle(t('candidates.title'));
  return (
    <>
      <PageTitle lead={t('candidates.lead', { pi: piName(pi) })}>{t('candidates.title')}</PageTitle>
      <FilterForm
        key={searchParams.toString()}
        initial={values}
        onApply={(next) => setSearchParams(searchFromFilters(next))}
        onClear={() => setSearchParams(new URLSearchParams())}
      />
      <Paragraph>{candidates('pseudonymHint')}</Paragraph>
      <CandidateList
        filters={queryOfFilters(values, pi)}
        caption={
          filtered
            ? t('candidates.captionFiltered', { pi: piName(pi) })
            : t('candidates.caption', { pi: piName(pi) })
        }
        linkTo={(candidate) => caseworkPaths.candidate(candidate.id)}
        showConsent
        linkState={{ listSearch: searchParams.toString() } satisfies ListState}
        emptyTitle={filtered ? t('candidates.emptyFiltered') : t('candidates.empty')}
        emptyHint={
          filtered ? (
            <Paragraph>{t('candidates.emptyFilteredHint')}</Paragraph>
          ) : (
            <ButtonLink to={caseworkPaths.register} primary>
              {t('candidates.registerFirst')}
            </ButtonLink>
          )
        }
      />
    </>
  );
}
