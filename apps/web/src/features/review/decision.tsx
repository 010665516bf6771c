import { ProblemError, unwrap } from '@bridge/api-client';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Actions,
  Badge,
  Button,
  Details,
  Notice,
  Paragraph,
  Section,
  SelectField,
  TextareaField,
} from '@bridge/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { applyServerErrors } from '../../shared/server-errors';
import {
  NOTE_MAX_LENGTH,
  REJECTION_REASONS,
  STATUS_TONES,
  targetOf,
  type QueuedSuggestion,
  type RejectionReason,
  type Suggestion,
} from './model';

export type DecisionMode = 'idle' | 'confirm-accept' | 'reject';

type ReviewBody =
  | { decision: 'accept' }
  | { decision: 'reject'; reasonCode: RejectionReason; note?: string };

interface RejectValues {
  reasonCode: string;
  note: string;
}

const REJECT_FIELDS = ['reasonCode', 'note'] as const;

function useRejectSchema() {
  const { t } = useTranslation('review');
  return useMemo(
    () =>
      z
        .object({
          reasonCode: z
            .string()
            .refine((value) => (REJECTION_REASONS as readonly string[]).includes(value), {
              message: t('reject.errors.reasonCode'),
            }),
          note: z.string().max(NOTE_MAX_LENGTH, {
            message: t('reject.errors.noteTooLong', { max: NOTE_MAX_LENGTH }),
          }),
        })
        .superRefine((values, context) => {
          if (values.reasonCode === 'other' && !/\S/.test(values.note)) {
            context.addIssue({
              code: 'custom',
              path: ['note'],
              message: t('reject.errors.noteRequired'),
            });
          }
        }),
    [t],
  );
}

/** The message of a refused decision: a conflict says so in words of its own. */
function problemTitle(error: unknown, t: (key: string) => string) {
  return error instanceof ProblemError && error.status === 409
    ? t('decision.conflictTitle')
    : t('decision.failedTitle');
}

function RejectForm({
  submit,
  onCancel,
}: {
  submit(body: ReviewBody): Promise<unknown>;
  onCancel(): void;
}) {
  const { t } = useTranslation('review');
  const schema = useRejectSchema();
  const [formError, setFormError] = useState<{ title: string; message: string }>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<RejectValues>({
    resolver: zodResolver(schema),
    defaultValues: { reasonCode: '', note: '' },
  });
  useEffect(() => setFocus('reasonCode'), [setFocus]);
  const reasonCode = watch('reasonCode');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const note = values.note.trim();
    try {
      await submit({
        decision: 'reject',
        reasonCode: values.reasonCode as RejectionReason,
        ...(note && { note }),
      });
    } catch (error) {
      const message = applyServerErrors(error, setError, REJECT_FIELDS);
      if (message) setFormError({ title: problemTitle(error, t), message });
    }
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={t('reject.title')}
      className="bridge-review-reject"
    >
      {formError && (
        <Notice tone="error" title={formError.title}>
          {formError.message}
        </Notice>
      )}
      <SelectField
        id="reject-reason"
        label={t('reject.reason')}
        placeholder={t('reject.choose')}
        options={REJECTION_REASONS.map((code) => ({ value: code, label: t(`reasons.${code}`) }))}
        error={errors.reasonCode?.message}
        {...register('reasonCode')}
      />
      <TextareaField
        id="reject-note"
        label={reasonCode === 'other' ? t('reject.noteRequired') : t('reject.note')}
        hint={t('reject.noteHint', { max: NOTE_MAX_LENGTH })}
        error={errors.note?.message}
        rows={4}
        {...register('note')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={isSubmitting}>
          {t('reject.submit')}
        </Button>
        <Button appearance="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t('decision.cancel')}
        </Button>
      </Actions>
    </form>
  );
}

function ReviewedDetails({ suggestion }: { suggestion: QueuedSuggestion }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  return (
    <Details
      items={[
        {
          key: 'status',
          label: t('decision.status'),
          value: (
            <Badge tone={STATUS_TONES[suggestion.status]}>{t(`status.${suggestion.status}`)}</Badge>
          ),
        },
        ...(suggestion.reviewedAt
          ? [
              {
                key: 'by',
                label: t('decision.reviewed'),
                value: t('decision.reviewedValue', {
                  at: format.dateTime(suggestion.reviewedAt),
                  by: suggestion.reviewedBy ?? '',
                }),
              },
            ]
          : []),
        ...(suggestion.reasonCode
          ? [
              {
                key: 'reason',
                label: t('reject.reason'),
                value: t(`reasons.${suggestion.reasonCode}`, {
                  defaultValue: suggestion.reasonCode,
                }),
              },
            ]
          : []),
        ...(suggestion.note
          ? [{ key: 'note', label: t('reject.note'), value: suggestion.note }]
          : []),
        ...(suggestion.referral
          ? [
              {
                key: 'referral',
                label: t('decision.referral'),
                value: t(`referralStatus.${suggestion.referral.status}`),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * One decision on one suggestion: accept (after a confirmation — it sends the anonymised profile to
 * the employer or school) or reject with a reason code. There is no bulk accept.
 */
export function Decision({
  suggestion,
  mode,
  setMode,
  next,
}: {
  suggestion: QueuedSuggestion;
  mode: DecisionMode;
  setMode(mode: DecisionMode): void;
  /** The link to the next suggestion (or back to the queue), offered after a decision. */
  next: ReactNode;
}) {
  const { t } = useTranslation('review');
  const api = useApi();
  const queryClient = useQueryClient();
  const resultRef = useRef<HTMLDivElement>(null);
  const review = useMutation({
    mutationFn: (body: ReviewBody) =>
      unwrap(
        api.matching.POST('/suggestions/{id}/review', {
          params: { path: { id: suggestion.id } },
          body,
        }),
      ),
    onSuccess: (updated: Suggestion) => {
      // The answer has no `candidate`: keep the one read, which an acceptance gives an accepted suggestion.
      const accepted = updated.status === 'accepted';
      queryClient.setQueryData<QueuedSuggestion>(['review', 'suggestion', suggestion.id], (old) =>
        old
          ? {
              ...old,
              ...updated,
              candidate: {
                ...old.candidate,
                hasAcceptedSuggestion: old.candidate.hasAcceptedSuggestion || accepted,
              },
            }
          : old,
      );
      setMode('idle');
      void queryClient.invalidateQueries({ queryKey: ['review', 'queue'] });
      void queryClient.invalidateQueries({ queryKey: ['review', 'queue-ids'] });
      // The candidate's other suggestions read before now say it has none accepted.
      if (accepted) {
        void queryClient.invalidateQueries({
          queryKey: ['review', 'suggestion'],
          predicate: (query) =>
            query.queryKey[2] !== suggestion.id &&
            (query.state.data as QueuedSuggestion | undefined)?.candidateId ===
              suggestion.candidateId,
        });
      }
    },
    onError: (error, body) => {
      if (body.decision === 'accept') setMode('idle');
      // Someone else decided first, or the suggestion expired: show what it is now.
      if (error instanceof ProblemError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['review', 'suggestion', suggestion.id] });
      }
    },
  });

  useEffect(() => {
    if (mode === 'confirm-accept') document.getElementById('confirm-accept')?.focus();
  }, [mode]);
  useEffect(() => {
    if (review.isSuccess) resultRef.current?.focus();
  }, [review.isSuccess]);

  const target = targetOf(suggestion);
  const open = suggestion.status === 'suggested';

  return (
    <Section title={t('decision.title')}>
      {review.isSuccess && (
        <div ref={resultRef} tabIndex={-1} className="bridge-review-result">
          <Notice
            tone="ok"
            title={
              review.data.status === 'accepted'
                ? t('decision.acceptedTitle')
                : t('decision.rejectedTitle')
            }
          >
            <Paragraph>
              {review.data.status === 'accepted'
                ? t(
                    suggestion.type === 'vacancy'
                      ? 'decision.acceptedVacancy'
                      : 'decision.acceptedSchool',
                  )
                : t('decision.rejectedText')}
            </Paragraph>
            <Paragraph>{next}</Paragraph>
          </Notice>
        </div>
      )}
      {review.isError && mode !== 'reject' && (
        <Notice tone="error" title={problemTitle(review.error, t)}>
          {review.error.message}
        </Notice>
      )}
      {!open && <ReviewedDetails suggestion={suggestion} />}
      {open && mode === 'idle' && (
        <>
          <Paragraph>{t('decision.lead')}</Paragraph>
          <Actions>
            <Button appearance="primary" onClick={() => setMode('confirm-accept')}>
              {t('decision.accept')}
            </Button>
            <Button appearance="secondary" onClick={() => setMode('reject')}>
              {t('decision.reject')}
            </Button>
          </Actions>
        </>
      )}
      {open && mode === 'confirm-accept' && (
        <div className="bridge-review-confirm">
          <Paragraph>
            {t(
              suggestion.type === 'vacancy' ? 'decision.confirmVacancy' : 'decision.confirmSchool',
              { title: target.title },
            )}
          </Paragraph>
          <Actions>
            <Button
              id="confirm-accept"
              appearance="primary"
              busy={review.isPending}
              onClick={() => review.mutate({ decision: 'accept' })}
            >
              {t('decision.confirmAccept')}
            </Button>
            <Button
              appearance="secondary"
              onClick={() => setMode('idle')}
              disabled={review.isPending}
            >
              {t('decision.cancel')}
            </Button>
          </Actions>
        </div>
      )}
      {open && mode === 'reject' && (
        <RejectForm
          submit={(body) => review.mutateAsync(body)}
          onCancel={() => {
            review.reset();
            setMode('idle');
          }}
        />
      )}
    </Section>
  );
}
