import { ProblemError, unwrap } from '@bridge/api-client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Actions, Button, Notice, PageTitle, TextField } from '@bridge/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { usePageTitle } from '../../shared/page-title';
import { applyServerErrors } from '../../shared/server-errors';
import { asCandidate, candidateKeys } from '../candidates/candidate';
import { DJI_NUMBER } from './candidate-form';
import { caseworkPaths } from './paths';

/**
 * Find a candidate of the PI by DJI number. The number is sent once and kept nowhere: not in the
 * URL, not in a query cache (a mutation forgotten at once), and the screen moves on to the candidate.
 */
export function LookupScreen() {
  const { t } = useTranslation('casework');
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string>();
  usePageTitle(t('lookup.title'));
  const schema = useMemo(
    () => z.object({ djiNumber: z.string().trim().regex(DJI_NUMBER, t('form.errors.djiNumber')) }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { djiNumber: '' },
  });
  const mutation = useMutation({
    gcTime: 0,
    mutationFn: async (djiNumber: string) =>
      asCandidate(
        await unwrap(api.matching.GET('/candidates/lookup', { params: { query: { djiNumber } } })),
      ),
    onSuccess: (candidate) => {
      reset({ djiNumber: '' });
      queryClient.setQueryData(candidateKeys.one(candidate.id), candidate);
      navigate(caseworkPaths.candidate(candidate.id));
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 404) {
        setError(
          'djiNumber',
          { type: 'server', message: t('lookup.notFound') },
          { shouldFocus: true },
        );
        return;
      }
      setFormError(applyServerErrors(error, setError, ['djiNumber']));
    },
  });
  return (
    <>
      <PageTitle lead={t('lookup.lead')}>{t('lookup.title')}</PageTitle>
      <form
        noValidate
        autoComplete="off"
        role="search"
        aria-label={t('lookup.title')}
        onSubmit={handleSubmit((values) => {
          setFormError(undefined);
          mutation.mutate(values.djiNumber.trim());
        })}
      >
        {formError && (
          <Notice tone="error" title={t('lookup.failed')}>
            {formError}
          </Notice>
        )}
        <TextField
          id="lookup-dji-number"
          label={t('form.djiNumber')}
          hint={t('lookup.hint')}
          autoComplete="off"
          spellCheck={false}
          error={errors.djiNumber?.message}
          {...register('djiNumber')}
        />
        <Actions>
          <Button type="submit" appearance="primary" busy={mutation.isPending}>
            {t('lookup.submit')}
          </Button>
        </Actions>
      </form>
    </>
  );
}
