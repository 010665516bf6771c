import { zodResolver } from '@hookform/resolvers/zod';
import {
  Actions,
  Badge,
  Button,
  Notice,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@bridge/ui';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDate, useFormat } from '../../i18n/format';
import { applyServerErrors } from '../../shared/server-errors';
import { todayInNetherlands } from '../candidates/candidate';
import {
  addCalendarDays,
  isSnoozed,
  NOTE_MAX_LENGTH,
  SNOOZE_MAX_DAYS,
  SNOOZE_REASONS,
  type QueuedSuggestion,
  type SnoozeReason,
} from './model';

export interface SnoozeBody {
  until: string;
  reasonCode: SnoozeReason;
  note?: string;
}

interface SnoozeValues {
  until: string;
  reasonCode: string;
  note: string;
}

const SNOOZE_FIELDS = ['until', 'reasonCode', 'note'] as const;

/** The first and last day a snooze may end on: after today, at most 180 days ahead. */
function snoozeWindow(today = todayInNetherlands()) {
  return { first: addCalendarDays(today, 1), last: addCalendarDays(today, SNOOZE_MAX_DAYS) };
}

function useSnoozeSchema() {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  return useMemo(() => {
    const { first, last } = snoozeWindow();
    return z
      .object({
        until: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { message: t('snooze.errors.until') })
          .refine((value) => value >= first && value <= last, {
            message: t('snooze.errors.untilRange', {
              first: formatDate(first, language),
              last: formatDate(last, language),
            }),
          }),
        reasonCode: z
          .string()
          .refine((value) => (SNOOZE_REASONS as readonly string[]).includes(value), {
            message: t('snooze.errors.reasonCode'),
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
            message: t('snooze.errors.noteRequired'),
          });
        }
      });
  }, [t, language]);
}

/** Puts a suggestion aside until a date, with a reason: it leaves the queue and comes back then. */
export function SnoozeForm({
  submit,
  onCancel,
  failureTitle,
}: {
  submit(body: SnoozeBody): Promise<unknown>;
  onCancel(): void;
  failureTitle(error: unknown): string;
}) {
  const { t } = useTranslation('review');
  const schema = useSnoozeSchema();
  const { first, last } = snoozeWindow();
  const [formError, setFormError] = useState<{ title: string; message: string }>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SnoozeValues>({
    resolver: zodResolver(schema),
    defaultValues: { until: '', reasonCode: '', note: '' },
  });
  useEffect(() => setFocus('until'), [setFocus]);
  const reasonCode = watch('reasonCode');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const note = values.note.trim();
    try {
      await submit({
        until: values.until,
        reasonCode: values.reasonCode as SnoozeReason,
        ...(note && { note }),
      });
    } catch (error) {
      const message = applyServerErrors(error, setError, SNOOZE_FIELDS);
      if (message) setFormError({ title: failureTitle(error), message });
    }
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={t('snooze.title')}
      className="bridge-review-reject"
    >
      {formError && (
        <Notice tone="error" title={formError.title}>
          {formError.message}
        </Notice>
      )}
      <TextField
        id="snooze-until"
        type="date"
        label={t('snooze.until')}
        hint={t('snooze.untilHint', { max: SNOOZE_MAX_DAYS })}
        min={first}
        max={last}
        error={errors.until?.message}
        {...register('until')}
      />
      <SelectField
        id="snooze-reason"
        label={t('snooze.reason')}
        placeholder={t('reject.choose')}
        options={SNOOZE_REASONS.map((code) => ({ value: code, label: t(`snoozeReasons.${code}`) }))}
        error={errors.reasonCode?.message}
        {...register('reasonCode')}
      />
      <TextareaField
        id="snooze-note"
        label={reasonCode === 'other' ? t('reject.noteRequired') : t('reject.note')}
        hint={t('reject.noteHint', { max: NOTE_MAX_LENGTH })}
        error={errors.note?.message}
        rows={3}
        {...register('note')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={isSubmitting}>
          {t('snooze.submit')}
        </Button>
        <Button appearance="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t('decision.cancel')}
        </Button>
      </Actions>
    </form>
  );
}

/** That a suggestion is snoozed, until when and why, with the way to undo it. */
export function SnoozedNotice({
  suggestion,
  onUndo,
  busy,
}: {
  suggestion: QueuedSuggestion;
  onUndo(): void;
  busy: boolean;
}) {
  const { t } = useTranslation('review');
  const format = useFormat();
  return (
    <Notice
      tone="info"
      title={t('snooze.snoozedTitle', { until: format.date(suggestion.snoozedUntil) })}
    >
      <Paragraph>
        {t('snooze.snoozedReason', {
          reason: t(`snoozeReasons.${suggestion.snoozeReasonCode ?? 'other'}`, {
            defaultValue: suggestion.snoozeReasonCode ?? '',
          }),
        })}
        {suggestion.snoozeNote && ` ${t('snooze.snoozedNote', { note: suggestion.snoozeNote })}`}
      </Paragraph>
      <Paragraph>{t('snooze.snoozedHint')}</Paragraph>
      <Actions>
        <Button appearance="secondary" busy={busy} onClick={onUndo}>
          {t('snooze.undo')}
        </Button>
      </Actions>
    </Notice>
  );
}

/** "Uitgesteld tot …" beside a suggestion's status, while it is snoozed. */
export function SnoozedBadge({ suggestion }: { suggestion: QueuedSuggestion }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  if (!isSnoozed(suggestion)) return null;
  return (
    <>
      {' '}
      <Badge tone="info">{t('status.snoozed')}</Badge>{' '}
      <span>{t('queue.snoozedUntil', { date: format.date(suggestion.snoozedUntil) })}</span>
    </>
  );
}
