import { unwrap } from '@bridge/api-client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Actions, Button, Details, Notice, PageTitle, Paragraph, TextareaField } from '@bridge/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { applyServerErrors } from '../../shared/server-errors';
import {
  candidateKeys,
  certificateKeys,
  shortPseudonym,
  type Certificate,
} from '../candidates/candidate';
import { AppLink, type NoticeState } from '../candidates/links';
import { workshopPaths } from './paths';

/** The limit of the training service's RevokeCertificateDto. */
const MAX_REASON_LENGTH = 500;

function RevokeForm({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation('workshop');
  const { t: common } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string>();
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, t('revoke.errors.reasonRequired'))
          .max(MAX_REASON_LENGTH, t('revoke.errors.reasonTooLong', { max: MAX_REASON_LENGTH })),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });
  const length = watch('reason').length;
  const mutation = useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.training.POST('/certificates/{id}/revoke', {
          params: { path: { id: certificate.id } },
          body: { reason },
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
        queryClient.invalidateQueries({ queryKey: candidateKeys.all }),
      ]);
      const state: NoticeState = {
        notice: 'certificateRevoked',
        values: { title: certificate.title },
      };
      navigate(workshopPaths.candidate(certificate.candidateId), { state });
    },
    onError: (error) => setFormError(applyServerErrors(error, setError, ['reason'])),
  });
  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => {
        setFormError(undefined);
        mutation.mutate(values.reason.trim());
      })}
    >
      {formError && (
        <Notice tone="error" title={t('revoke.failed')}>
          {formError}
        </Notice>
      )}
      <TextareaField
        id="revoke-reason"
        label={t('revoke.reason')}
        hint={t('revoke.reasonHint', { length, max: MAX_REASON_LENGTH })}
        rows={4}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={mutation.isPending}>
          {t('revoke.submit')}
        </Button>
        <AppLink to={workshopPaths.candidate(certificate.candidateId)}>
          {common('form.cancel')}
        </AppLink>
      </Actions>
    </form>
  );
}

/** Revoke a practice certificate, with a reason (it stops counting everywhere). */
export function RevokeCertificateScreen() {
  const { t } = useTranslation('workshop');
  const { candidateId = '', certificateId = '' } = useParams();
  const api = useApi();
  const format = useFormat();
  const certificate = useQuery({
    queryKey: certificateKeys.one(certificateId),
    queryFn: () =>
      unwrap(api.training.GET('/certificates/{id}', { params: { path: { id: certificateId } } })),
  });
  const title = t('revoke.title');
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <AppLink to={workshopPaths.candidate(candidateId)}>
          {t('form.back', { pseudonym: shortPseudonym(candidateId) })}
        </AppLink>
      </Paragraph>
      <PageTitle lead={t('revoke.lead')}>{title}</PageTitle>
      <QueryState isPending={certificate.isPending} error={certificate.error}>
        {certificate.data && (
          <>
            <Details
              items={[
                {
                  key: 'title',
                  label: t('certificates.qualification'),
                  value: `${certificate.data.title} (crebo ${certificate.data.crebo})`,
                },
                {
                  key: 'issuedOn',
                  label: t('certificates.issuedOn'),
                  value: format.date(certificate.data.issuedOn),
                },
                {
                  key: 'candidate',
                  label: t('revoke.candidate'),
                  value: <code>{shortPseudonym(certificate.data.candidateId)}</code>,
                },
              ]}
            />
            {certificate.data.status === 'revoked' ? (
              <Notice tone="info">{t('revoke.alreadyRevoked')}</Notice>
            ) : (
              <RevokeForm certificate={certificate.data} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
