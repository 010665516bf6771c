import { unwrap } from '@bridge/api-client';
import { Actions, Button, PageTitle, Paragraph, SelectField, TextField } from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
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
import { adminKeys, AppLink, FormOutcome, isConflict, type Provider } from './admin-shared';
import { SearchForm } from './employers';
import { adminPaths } from './paths';

export function ProviderList() {
  const { t } = useTranslation('admin');
  const api = useApi();
  usePageTitle(t('providers.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const pages = useCursorPages([...adminKeys.providers, 'list', { q }], (cursor) =>
    unwrap(api.training.GET('/providers', { params: { query: { q: q || undefined, cursor } } })),
  );
  return (
    <>
      <PageTitle lead={t('providers.lead')}>{t('providers.title')}</PageTitle>
      <Actions>
        <AppLink to={adminPaths.newProvider}>{t('providers.register')}</AppLink>
      </Actions>
      <SearchForm
        key={q}
        id="provider-search"
        label={t('providers.search')}
        hint={t('providers.searchHint')}
        value={q}
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      <PagedTable
        pages={pages}
        caption={t('providers.caption')}
        rowKey={(p) => p.id}
        columns={[
          { key: 'name', header: t('providers.name'), cell: (p) => <AppLink to={adminPaths.provider(p.brin)}>{p.name}</AppLink> },
          { key: 'brin', header: t('providers.brin'), cell: (p) => p.brin },
          { key: 'municipality', header: t('providers.municipality'), cell: (p) => municipalityName(p.municipalityCode) },
        ]}
        emptyTitle={q ? t('providers.noneFound', { q }) : t('providers.none')}
        empty={<Paragraph>{q ? t('search.tryOther') : t('providers.noneHint')}</Paragraph>}
        pagerWhenEmpty
      />
    </>
  );
}

function useProviderSchema(withBrin: boolean) {
  const { t } = useTranslation('admin');
  return useMemo(
    () =>
      z.object({
        brin: withBrin ? z.string().trim().toUpperCase().regex(/^\d{2}[A-Z]{2}$/, t('providers.errors.brin')) : z.string(),
        name: z.string().trim().min(1, t('errors.required')).max(200, t('errors.max', { max: 200 })),
        municipalityCode: z.string().min(1, t('errors.municipality')),
      }),
    [t, withBrin],
  );
}

type ProviderValues = z.infer<ReturnType<typeof useProviderSchema>>;
const PROVIDER_FIELDS = ['brin', 'name', 'municipalityCode'] as const;

function ProviderForm({ provider }: { provider?: Provider }) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const schema = useProviderSchema(!provider);
  const [saved, setSaved] = useState<ReactNode>();
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, setError, reset, getValues, formState } = useForm<ProviderValues>({
    resolver: zodResolver(schema),
    defaultValues: { brin: provider?.brin ?? '', name: provider?.name ?? '', municipalityCode: provider?.municipalityCode ?? '' },
  });
  const errors = formState.errors;

  const save = useMutation({
    mutationFn: (values: ProviderValues) =>
      provider
        ? unwrap(
            api.training.PATCH('/providers/{id}', {
              params: { path: { id: provider.id } },
              body: { name: values.name, municipalityCode: values.municipalityCode },
            }),
          )
        : unwrap(api.training.POST('/providers', { body: { brin: values.brin, name: values.name, municipalityCode: values.municipalityCode } })),
    onSuccess: async (result) => {
      setFailure(undefined);
      await queryClient.invalidateQueries({ queryKey: adminKeys.providers });
      if (provider) {
        setSaved(t('providers.saved'));
        reset(getValues());
      } else {
        setSaved(
          <Paragraph>
            {t('providers.registered', { name: result.name, brin: result.brin })}{' '}
            <AppLink to={adminPaths.provider(result.brin)}>{t('providers.open')}</AppLink>
          </Paragraph>,
        );
        reset();
      }
    },
    onError: (error) => {
      setSaved(undefined);
      if (isConflict(error)) {
        setError('brin', { type: 'server', message: t('providers.errors.duplicate') });
        return setFailure(undefined);
      }
      setFailure(applyServerErrors(error, setError, PROVIDER_FIELDS));
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit((values) => save.mutate(values))}>
      <FormOutcome saved={saved} failure={failure} />
      {provider ? (
        <Paragraph>{t('providers.brinFixed', { brin: provider.brin })}</Paragraph>
      ) : (
        <TextField
          id="provider-brin"
          label={t('providers.brin')}
          hint={t('providers.brinHint')}
          autoComplete="off"
          maxLength={4}
          error={errors.brin?.message}
          {...register('brin')}
        />
      )}
      <TextField id="provider-name" label={t('providers.name')} maxLength={200} error={errors.name?.message} {...register('name')} />
      <SelectField
        id="provider-municipality"
        label={t('providers.municipality')}
        placeholder={t('choose')}
        options={municipalityOptions}
        error={errors.municipalityCode?.message}
        {...register('municipalityCode')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {provider ? common('form.save') : t('providers.registerSubmit')}
        </Button>
      </Actions>
    </form>
  );
}

export function ProviderNew() {
  const { t } = useTranslation('admin');
  usePageTitle(t('providers.newTitle'));
  return (
    <>
      <PageTitle lead={t('providers.newLead')}>{t('providers.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={adminPaths.providers}>{t('providers.back')}</AppLink>
      </Paragraph>
      <ProviderForm />
    </>
  );
}

export function ProviderEdit() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const { brin = '' } = useParams();
  const provider = useQuery({
    queryKey: [...adminKeys.providers, 'one', brin],
    queryFn: () => unwrap(api.training.GET('/providers/{brin}', { params: { path: { brin } } })),
  });
  usePageTitle(provider.data ? provider.data.name : t('providers.editTitle'));
  return (
    <>
      <PageTitle lead={t('providers.editLead')}>{provider.data?.name ?? t('providers.editTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={adminPaths.providers}>{t('providers.back')}</AppLink>
      </Paragraph>
      <QueryState isPending={provider.isPending} error={provider.error}>
        {provider.data && <ProviderForm key={provider.data.id} provider={provider.data} />}
      </QueryState>
    </>
  );
}
