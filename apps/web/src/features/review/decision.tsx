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
import { decisionKeys } from '../candidates/decision-history';
import {
  isSnoozed,
  NOTE_MAX_LENGTH,
  REJECTION_REASONS,
  STATUS_TONES,
  targetOf,
  type QueuedSuggestion,
  type RejectionReason,
  type Suggestion,
} from './model';
import { SnoozedNotice, SnoozeForm, type SnoozeBody } from './snooze';

export type DecisionMode = 'idle' | 'confirm-accept' | 'reject' | 'snooze';

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
  const format = useFormat();
  const queryClient = useQueryClient();
  const resultRef = useRef<HTMLDivElement>(null);
  /** The changed suggestion as the server answered it, shown here and no longer in the lists read before. */
  const applyUpdate = (updated: Suggestion) => {
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
    void queryClient.invalidateQueries({ queryKey: decisionKeys(suggestion.candidateId) });
  };
  /** Someone else decided first, or the suggestion expired: show what it is now. */
  const refreshOnConflict = (error: Error) => {
    if (error instanceof ProblemError && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: ['review', 'suggestion', suggestion.id] });
    }
  };
  const [snoozeResult, setSnoozeResult] = useState<'snoozed' | 'unsnoozed'>();
  const snooze = useMutation({
    mutationFn: (body: SnoozeBody) =>
      unwrap(
        api.matching.POST('/suggestions/{id}/snooze', {
          params: { path: { id: suggestion.id } },
          body,
        }),
      ),
    onSuccess: (updated: Suggestion) => {
      applyUpdate(updated);
      setSnoozeResult('snoozed');
    },
    onError: refreshOnConflict,
  });
  const unsnooze = useMutation({
    mutationFn: () =>
      unwrap(
        api.matching.DELETE('/suggestions/{id}/snooze', {
          params: { path: { id: suggestion.id } },
        }),
      ),
    onSuccess: (updated: Suggestion) => {
      applyUpdate(updated);
      setSnoozeResult('unsnoozed');
    },
    onError: refreshOnConflict,
  });
  const review = useMutation({
    mutationFn: (body: ReviewBody) =>
      unwrap(
        api.matching.POST('/suggestions/{id}/review', {
          params: { path: { id: suggestion.id } },
          body,
        }),
      ),
    onSuccess: (updated: Suggestion) => {
      applyUpdate(updated);
      setSnoozeResult(undefined);
      // The candidate's other suggestions read before now say it has none accepted.
      if (updated.status === 'accepted') {
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
      refreshOnConflict(error);
    },
  });

  useEffect(() => {
    if (mode === 'confirm-accept') document.getElementById('confirm-accept')?.focus();
  }, [mode]);
  useEffect(() => {
    if (review.isSuccess || snoozeResult) resultRef.current?.focus();
  }, [review.isSuccess, snoozeResult]);

  const target = targetOf(suggestion);
  const open = suggestion.status === 'suggested';
  const snoozed = isSnoozed(suggestion);
  const failure = review.error ?? unsnooze.error;

  return (
    <Section title={t('decision.title')}>
      {snoozeResult && !review.isSuccess && (
        <div ref={resultRef} tabIndex={-1} className="bridge-review-result">
          <Notice
            tone="ok"
            title={
              snoozeResult === 'snoozed'
                ? t('snooze.doneTitle', { until: format.date(suggestion.snoozedUntil) })
                : t('snooze.undoneTitle')
            }
          >
            <Paragraph>
              {snoozeResult === 'snoozed' ? t('snooze.doneText') : t('snooze.undoneText')}
            </Paragraph>
            {snoozeResult === 'snoozed' && <Paragraph>{next}</Paragraph>}
          </Notice>
        </div>
      )}
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
      {failure && mode !== 'reject' && mode !== 'snooze' && (
        <Notice tone="error" title={problemTitle(failure, t)}>
          {failure.message}
        </Notice>
      )}
      {!open && <ReviewedDetails suggestion={suggestion} />}
      {snoozed && mode !== 'snooze' && (
        <SnoozedNotice
          suggestion={suggestion}
          busy={unsnooze.isPending}
          onUndo={() => {
            review.reset();
            unsnooze.mutate();
          }}
        />
      )}
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
            {!snoozed && (
              <Button
                appearance="secondary"
                onClick={() => {
                  review.reset();
                  unsnooze.reset();
                  setMode('snooze');
                }}
              >
                {t('snooze.open')}
              </Button>
            )}
          </Actions>
        </>
      )}
      {open && mode === 'snooze' && (
        <SnoozeForm
          submit={(body) => snooze.mutateAsync(body)}
          failureTitle={(error) => problemTitle(error, t)}
          onCancel={() => {
            snooze.reset();
            setMode('idle');
          }}
        />
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
