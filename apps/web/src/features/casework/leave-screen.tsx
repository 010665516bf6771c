import { unwrap } from '@bridge/api-client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Actions, Button, Heading, Notice, PageTitle, Paragraph, RadioGroup } from '@bridge/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/query-state';
import { applyServerErrors } from '../../shared/server-errors';
import { asCandidate, candidateKeys, shortPseudonym } from '../candidates/candidate';
import { AppLink, type NoticeState } from '../candidates/links';
import { useCandidate } from '../candidates/use-candidate';
import { caseworkPaths } from './paths';

/** The reasons of matching's LeaveCandidateDto. */
const LEAVE_REASONS = ['removed', 'window-passed', 'consent-withdrawn'] as const;
type LeaveReason = (typeof LEAVE_REASONS)[number];
const schema = z.object({ reason: z.enum(LEAVE_REASONS) });

function LeaveForm({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation('casework');
  const { t: candidates } = useTranslation('candidates');
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<LeaveReason>();
  const [formError, setFormError] = useState<string>();
  const confirmHeading = useRef<HTMLDivElement>(null);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: 'removed' },
  });
  const mutation = useMutation({
    mutationFn: async (reason: LeaveReason) =>
      asCandidate(
        await unwrap(
          api.matching.POST('/candidates/{id}/leave', {
            params: { path: { id: candidateId } },
            body: { reason },
          }),
        ),
      ),
    onSuccess: async (candidate) => {
      queryClient.setQueryData(candidateKeys.one(candidateId), candidate);
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all, refetchType: 'none' });
      const state: NoticeState = { notice: 'left' };
      navigate(caseworkPaths.candidate(candidateId), { state });
    },
    onError: (error) => {
      setConfirming(undefined);
      setFormError(applyServerErrors(error, setError, ['reason']));
    },
  });
  useEffect(() => {
    if (confirming) confirmHeading.current?.querySelector('h2')?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div ref={confirmHeading}>
        <Notice tone="warning">
          <Heading level={2} tabIndex={-1}>
            {t('leave.confirmTitle')}
          </Heading>
          <Paragraph>
            {t('leave.confirmText', {
              pseudonym: shortPseudonym(candidateId),
              reason: candidates(`leaveReasons.${confirming}`),
            })}
          </Paragraph>
        </Notice>
        <Actions>
          <Button
            appearance="primary"
            busy={mutation.isPending}
            onClick={() => mutation.mutate(confirming)}
          >
            {t('leave.confirm')}
          </Button>
          <Button onClick={() => setConfirming(undefined)} disabled={mutation.isPending}>
            {t('leave.back')}
          </Button>
        </Actions>
      </div>
    );
  }
  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => {
        setFormError(undefined);
        setConfirming(values.reason);
      })}
    >
      {formError && (
        <Notice tone="error" title={t('leave.failed')}>
          {formError}
        </Notice>
      )}
      <Controller
        control={control}
        name="reason"
        render={({ field }) => (
          <RadioGroup
            id="leave-reason"
            name={field.name}
            legend={t('leave.reason')}
            options={LEAVE_REASONS.map((value) => ({
              value,
              label: candidates(`leaveReasons.${value}`),
              hint: t(`leave.hints.${value}`),
            }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.reason?.message}
          />
        )}
      />
      <Actions>
        <Button type="submit" appearance="primary">
          {t('leave.next')}
        </Button>
        <AppLink to={caseworkPaths.candidate(candidateId)}>{t('leave.cancel')}</AppLink>
      </Actions>
    </form>
  );
}

/** Record that a candidate leaves the platform: a reason code, then a confirmation. */
export function LeaveScreen() {
  const { t } = useTranslation('casework');
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const title = t('leave.title', { pseudonym: shortPseudonym(candidateId) });
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <AppLink to={caseworkPaths.candidate(candidateId)}>
          {t('form.back', { pseudonym: shortPseudonym(candidateId) })}
        </AppLink>
      </Paragraph>
      <PageTitle lead={t('leave.lead')}>{title}</PageTitle>
      <QueryState isPending={candidate.isPending} error={candidate.error}>
        {candidate.data?.status === 'left' ? (
          <Notice tone="info">{t('candidate.hasLeft')}</Notice>
        ) : (
          <LeaveForm candidateId={candidateId} />
        )}
      </QueryState>
    </>
  );
}
