import { unwrap } from '@bridge/api-client';
import { Paragraph, SelectField, TextField } from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { municipalityName, municipalityOptions } from '../../shared/reference';
import { adminKeys, AppLink, type Provider } from './admin-shared';
import { adminPaths } from './paths';
import {
  RegisterEditPage,
  RegisterForm,
  RegisterNewPage,
  SearchList,
  useRegisterOutcome,
} from './register-pages';

export function ProviderList() {
  const { t } = useTranslation('admin');
  const api = useApi();
  return (
    <SearchList<Provider>
      section="providers"
      newPath={adminPaths.newProvider}
      searchId="provider-search"
      queryKey={adminKeys.providers}
      fetchPage={(q, cursor) =>
        unwrap(api.training.GET('/providers', { params: { query: { q, cursor } } }))
      }
      rowKey={(p) => p.id}
      columns={[
        {
          key: 'name',
          header: t('providers.name'),
          cell: (p) => <AppLink to={adminPaths.provider(p.brin)}>{p.name}</AppLink>,
        },
        { key: 'brin', header: t('providers.brin'), cell: (p) => p.brin },
        {
          key: 'municipality',
          header: t('providers.municipality'),
          cell: (p) => municipalityName(p.municipalityCode),
        },
      ]}
    />
  );
}

function useProviderSchema(withBrin: boolean) {
  const { t } = useTranslation('admin');
  return useMemo(
    () =>
      z.object({
        brin: withBrin
          ? z
              .string()
              .trim()
              .toUpperCase()
              .regex(/^\d{2}[A-Z]{2}$/, t('providers.errors.brin'))
          : z.string(),
        name: z
          .string()
          .trim()
          .min(1, t('errors.required'))
          .max(200, t('errors.max', { max: 200 })),
        municipalityCode: z.string().min(1, t('errors.municipality')),
      }),
    [t, withBrin],
  );
}

type ProviderValues = z.infer<ReturnType<typeof useProviderSchema>>;
const PROVIDER_FIELDS = ['brin', 'name', 'municipalityCode'] as const;

function ProviderForm({ provider }: { provider?: Provider }) {
  const { t } = useTranslation('admin');
  const api = useApi();
  const queryClient = useQueryClient();
  const schema = useProviderSchema(!provider);
  const { register, handleSubmit, setError, reset, getValues, formState } = useForm<ProviderValues>(
    {
      resolver: zodResolver(schema),
      defaultValues: {
        brin: provider?.brin ?? '',
        name: provider?.name ?? '',
        municipalityCode: provider?.municipalityCode ?? '',
      },
    },
  );
  const errors = formState.errors;
  const outcome = useRegisterOutcome(setError, PROVIDER_FIELDS, {
    field: 'brin',
    message: t('providers.errors.duplicate'),
  });

  const save = useMutation({
    mutationFn: (values: ProviderValues) =>
      provider
        ? unwrap(
            api.training.PATCH('/providers/{id}', {
              params: { path: { id: provider.id } },
              body: { name: values.name, municipalityCode: values.municipalityCode },
            }),
          )
        : unwrap(
            api.training.POST('/providers', {
              body: {
                brin: values.brin,
                name: values.name,
                municipalityCode: values.municipalityCode,
              },
            }),
          ),
    onSuccess: async (result) => {
      outcome.clearFailure();
      await queryClient.invalidateQueries({ queryKey: adminKeys.providers });
      if (provider) {
        outcome.showSaved(t('providers.saved'));
        reset(getValues());
      } else {
        outcome.showSaved(
          <Paragraph>
            {t('providers.registered', { name: result.name, brin: result.brin })}{' '}
            <AppLink to={adminPaths.provider(result.brin)}>{t('providers.open')}</AppLink>
          </Paragraph>,
        );
        reset();
      }
    },
    onError: outcome.failed,
  });

  return (
    <RegisterForm
      section="providers"
      editing={Boolean(provider)}
      saved={outcome.saved}
      failure={outcome.failure}
      busy={save.isPending}
      onSubmit={handleSubmit((values) => save.mutate(values))}
    >
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
      <TextField
        id="provider-name"
        label={t('providers.name')}
        maxLength={200}
        error={errors.name?.message}
        {...register('name')}
      />
      <SelectField
        id="provider-municipality"
        label={t('providers.municipality')}
        placeholder={t('choose')}
        options={municipalityOptions}
        error={errors.municipalityCode?.message}
        {...register('municipalityCode')}
      />
    </RegisterForm>
  );
}

export function ProviderNew() {
  return (
    <RegisterNewPage section="providers" backPath={adminPaths.providers}>
      <ProviderForm />
    </RegisterNewPage>
  );
}

export function ProviderEdit() {
  const api = useApi();
  const { brin = '' } = useParams();
  const provider = useQuery({
    queryKey: [...adminKeys.providers, 'one', brin],
    queryFn: () => unwrap(api.training.GET('/providers/{brin}', { params: { path: { brin } } })),
  });
  return (
    <RegisterEditPage section="providers" backPath={adminPaths.providers} query={provider}>
      {(data) => <ProviderForm key={data.id} provider={data} />}
    </RegisterEditPage>
  );
}
