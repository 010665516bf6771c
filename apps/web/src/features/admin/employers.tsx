import { unwrap } from '@bridge/api-client';
import {
  Actions,
  Button,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { QueryState } from '../../shared/query-state';
import { municipalityName, municipalityOptions } from '../../shared/reference';
import { applyServerErrors } from '../../shared/server-errors';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { adminKeys, AppLink, FormOutcome, isConflict, type Employer } from './admin-shared';
import { adminPaths } from './paths';

/** The search box of a list, kept in the URL (?q=) so the list is the same after going back. */
export function SearchForm({ id, label, hint, value, onSearch }: { id: string; label: string; hint?: string; value: string; onSearch(q: string): void }) {
  const { t } = useTranslation('admin');
  const [text, setText] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" onSubmit={submit} className="admin-filters">
      <TextField id={id} type="search" label={label} hint={hint} value={text} maxLength={100} onChange={(event) => setText(event.target.value)} />
      <Actions>
        <Button type="submit">{t('search.submit')}</Button>
        {value && (
          <Button
            appearance="subtle"
            onClick={() => {
              setText('');
              onSearch('');
            }}
          >
            {t('search.clear')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

export function EmployerList() {
  const { t } = useTranslation('admin');
  const api = useApi();
  usePageTitle(t('employers.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const pages = useCursorPages([...adminKeys.employers, 'list', { q }], (cursor) =>
    unwrap(api.employers.GET('/employers', { params: { query: { q: q || undefined, cursor } } })),
  );
  return (
    <>
      <PageTitle lead={t('employers.lead')}>{t('employers.title')}</PageTitle>
      <Actions>
        <AppLink to={adminPaths.newEmployer}>{t('employers.register')}</AppLink>
      </Actions>
      <SearchForm
        key={q}
        id="employer-search"
        label={t('employers.search')}
        hint={t('employers.searchHint')}
        value={q}
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      <PagedTable
        pages={pages}
        caption={t('employers.caption')}
        rowKey={(e) => e.id}
        columns={[
          { key: 'name', header: t('employers.name'), cell: (e) => <AppLink to={adminPaths.employer(e.id)}>{e.name}</AppLink> },
          { key: 'kvk', header: t('employers.kvkNumber'), cell: (e) => e.kvkNumber },
          { key: 'municipality', header: t('employers.municipality'), cell: (e) => municipalityName(e.municipalityCode) },
          { key: 'sector', header: t('employers.sector'), cell: (e) => e.sector ?? '—' },
        ]}
        emptyTitle={q ? t('employers.noneFound', { q }) : t('employers.none')}
        empty={<Paragraph>{q ? t('search.tryOther') : t('employers.noneHint')}</Paragraph>}
        pagerWhenEmpty
      />
    </>
  );
}

function useEmployerSchema(withKvk: boolean) {
  const { t } = useTranslation('admin');
  return useMemo(
    () =>
      z.object({
        kvkNumber: withKvk ? z.string().trim().regex(/^\d{8}$/, t('employers.errors.kvkNumber')) : z.string(),
        name: z.string().trim().min(1, t('errors.required')).max(200, t('errors.max', { max: 200 })),
        municipalityCode: z.string().min(1, t('errors.municipality')),
        sector: z.string().trim().max(100, t('errors.max', { max: 100 })),
      }),
    [t, withKvk],
  );
}

type EmployerValues = z.infer<ReturnType<typeof useEmployerSchema>>;
const EMPLOYER_FIELDS = ['kvkNumber', 'name', 'municipalityCode', 'sector'] as const;

function EmployerForm({ employer }: { employer?: Employer }) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const schema = useEmployerSchema(!employer);
  const [saved, setSaved] = useState<ReactNode>();
  const [failure, setFailure] = useState<string>();
  const form = useForm<EmployerValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      kvkNumber: employer?.kvkNumber ?? '',
      name: employer?.name ?? '',
      municipalityCode: employer?.municipalityCode ?? '',
      sector: employer?.sector ?? '',
    },
  });
  const { register, handleSubmit, setError, reset, formState } = form;
  const errors = formState.errors;

  const save = useMutation({
    mutationFn: (values: EmployerValues) =>
      employer
        ? unwrap(
            api.employers.PATCH('/employers/{id}', {
              params: { path: { id: employer.id } },
              body: { name: values.name, municipalityCode: values.municipalityCode, sector: (values.sector || null) as never },
            }),
          )
        : unwrap(
            api.employers.POST('/employers', {
              body: {
                kvkNumber: values.kvkNumber,
                name: values.name,
                municipalityCode: values.municipalityCode,
                ...(values.sector && { sector: values.sector as never }),
              },
            }),
          ),
    onSuccess: async (result) => {
      setFailure(undefined);
      await queryClient.invalidateQueries({ queryKey: adminKeys.employers });
      if (employer) {
        setSaved(t('employers.saved'));
        reset({ ...form.getValues(), sector: result.sector ?? '' });
      } else {
        setSaved(
          <Paragraph>
            {t('employers.registered', { name: result.name })} <AppLink to={adminPaths.employer(result.id)}>{t('employers.open')}</AppLink>
          </Paragraph>,
        );
        reset();
      }
    },
    onError: (error) => {
      setSaved(undefined);
      if (isConflict(error)) {
        setError('kvkNumber', { type: 'server', message: t('employers.errors.duplicate') });
        return setFailure(undefined);
      }
      setFailure(applyServerErrors(error, setError, EMPLOYER_FIELDS));
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit((values) => save.mutate(values))}>
      <FormOutcome saved={saved} failure={failure} />
      {employer ? (
        <Paragraph>{t('employers.kvkFixed', { kvk: employer.kvkNumber })}</Paragraph>
      ) : (
        <TextField
          id="employer-kvk"
          label={t('employers.kvkNumber')}
          hint={t('employers.kvkHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          error={errors.kvkNumber?.message}
          {...register('kvkNumber')}
        />
      )}
      <TextField id="employer-name" label={t('employers.name')} maxLength={200} error={errors.name?.message} {...register('name')} />
      <SelectField
        id="employer-municipality"
        label={t('employers.municipality')}
        hint={t('employers.municipalityHint')}
        placeholder={t('choose')}
        options={municipalityOptions}
        error={errors.municipalityCode?.message}
        {...register('municipalityCode')}
      />
      <TextField
        id="employer-sector"
        label={t('employers.sectorOptional')}
        hint={t('employers.sectorHint')}
        maxLength={100}
        error={errors.sector?.message}
        {...register('sector')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {employer ? common('form.save') : t('employers.registerSubmit')}
        </Button>
      </Actions>
    </form>
  );
}

export function EmployerNew() {
  const { t } = useTranslation('admin');
  usePageTitle(t('employers.newTitle'));
  return (
    <>
      <PageTitle lead={t('employers.newLead')}>{t('employers.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={adminPaths.employers}>{t('employers.back')}</AppLink>
      </Paragraph>
      <EmployerForm />
    </>
  );
}

export function EmployerEdit() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const { id = '' } = useParams();
  const employer = useQuery({
    queryKey: [...adminKeys.employers, 'one', id],
    queryFn: () => unwrap(api.employers.GET('/employers/{id}', { params: { path: { id } } })),
  });
  usePageTitle(employer.data ? employer.data.name : t('employers.editTitle'));
  return (
    <>
      <PageTitle lead={t('employers.editLead')}>{employer.data?.name ?? t('employers.editTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={adminPaths.employers}>{t('employers.back')}</AppLink>
      </Paragraph>
      <QueryState isPending={employer.isPending} error={employer.error}>
        {employer.data && <EmployerForm key={employer.data.id} employer={employer.data} />}
      </QueryState>
    </>
  );
}
