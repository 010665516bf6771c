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
import { adminKeys, AppLink, type Employer } from './admin-shared';
import { adminPaths } from './paths';
import {
  RegisterEditPage,
  RegisterForm,
  RegisterNewPage,
  SearchList,
  useRegisterOutcome,
} from './register-pages';

export function EmployerList() {
  const { t } = useTranslation('admin');
  const api = useApi();
  return (
    <SearchList<Employer>
      section="employers"
      newPath={adminPaths.newEmployer}
      searchId="employer-search"
      queryKey={adminKeys.employers}
      fetchPage={(q, cursor) =>
        unwrap(api.employers.GET('/employers', { params: { query: { q, cursor } } }))
      }
      rowKey={(e) => e.id}
      columns={[
        {
          key: 'name',
          header: t('employers.name'),
          cell: (e) => <AppLink to={adminPaths.employer(e.id)}>{e.name}</AppLink>,
        },
        { key: 'kvk', header: t('employers.kvkNumber'), cell: (e) => e.kvkNumber },
        {
          key: 'municipality',
          header: t('employers.municipality'),
          cell: (e) => municipalityName(e.municipalityCode),
        },
        { key: 'sector', header: t('employers.sector'), cell: (e) => e.sector ?? '—' },
      ]}
    />
  );
}

function useEmployerSchema(withKvk: boolean) {
  const { t } = useTranslation('admin');
  return useMemo(
    () =>
      z.object({
        kvkNumber: withKvk
          ? z
              .string()
              .trim()
              .regex(/^\d{8}$/, t('employers.errors.kvkNumber'))
          : z.string(),
        name: z
          .string()
          .trim()
          .min(1, t('errors.required'))
          .max(200, t('errors.max', { max: 200 })),
        municipalityCode: z.string().min(1, t('errors.municipality')),
        sector: z
          .string()
          .trim()
          .max(100, t('errors.max', { max: 100 })),
      }),
    [t, withKvk],
  );
}

type EmployerValues = z.infer<ReturnType<typeof useEmployerSchema>>;
const EMPLOYER_FIELDS = ['kvkNumber', 'name', 'municipalityCode', 'sector'] as const;

function EmployerForm({ employer }: { employer?: Employer }) {
  const { t } = useTranslation('admin');
  const api = useApi();
  const queryClient = useQueryClient();
  const schema = useEmployerSchema(!employer);
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
  const outcome = useRegisterOutcome(setError, EMPLOYER_FIELDS, {
    field: 'kvkNumber',
    message: t('employers.errors.duplicate'),
  });

  const save = useMutation({
    mutationFn: (values: EmployerValues) =>
      employer
        ? unwrap(
            api.employers.PATCH('/employers/{id}', {
              params: { path: { id: employer.id } },
              body: {
                name: values.name,
                municipalityCode: values.municipalityCode,
                sector: values.sector || null,
              },
            }),
          )
        : unwrap(
            api.employers.POST('/employers', {
              body: {
                kvkNumber: values.kvkNumber,
                name: values.name,
                municipalityCode: values.municipalityCode,
                ...(values.sector && { sector: values.sector }),
              },
            }),
          ),
    onSuccess: async (result) => {
      outcome.clearFailure();
      await queryClient.invalidateQueries({ queryKey: adminKeys.employers });
      if (employer) {
        outcome.showSaved(t('employers.saved'));
        reset({ ...form.getValues(), sector: result.sector ?? '' });
      } else {
        outcome.showSaved(
          <Paragraph>
            {t('employers.registered', { name: result.name })}{' '}
            <AppLink to={adminPaths.employer(result.id)}>{t('employers.open')}</AppLink>
          </Paragraph>,
        );
        reset();
      }
    },
    onError: outcome.failed,
  });

  return (
    <RegisterForm
      section="employers"
      editing={Boolean(employer)}
      saved={outcome.saved}
      failure={outcome.failure}
      busy={save.isPending}
      onSubmit={handleSubmit((values) => save.mutate(values))}
    >
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
      <TextField
        id="employer-name"
        label={t('employers.name')}
        maxLength={200}
        error={errors.name?.message}
        {...register('name')}
      />
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
    </RegisterForm>
  );
}

export function EmployerNew() {
  return (
    <RegisterNewPage section="employers" backPath={adminPaths.employers}>
      <EmployerForm />
    </RegisterNewPage>
  );
}

export function EmployerEdit() {
  const api = useApi();
  const { id = '' } = useParams();
  const employer = useQuery({
    queryKey: [...adminKeys.employers, 'one', id],
    queryFn: () => unwrap(api.employers.GET('/employers/{id}', { params: { path: { id } } })),
  });
  return (
    <RegisterEditPage section="employers" backPath={adminPaths.employers} query={employer}>
      {(data) => <EmployerForm key={data.id} employer={data} />}
    </RegisterEditPage>
  );
}
