import { ProblemError, type EmployersSchemas } from '@bridge/api-client';
import {
  Actions,
  Badge,
  Button,
  Heading,
  Notice,
  PageTitle,
  Paragraph,
  RadioGroup,
  Section,
  TextField,
  type Column,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useFormat } from '../../i18n/format';
import { AppLink } from '../../shared/app-link';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { applyServerErrors } from '../../shared/server-errors';
import { useCursorPages, type CursorPage } from '../../shared/use-cursor-pages';
import { todayInNetherlands } from '../candidates/candidate';
import { referralReference } from './referrals-panel';

/** The same shape at employers (vacancies) and training (school places). */
export type FollowUp = EmployersSchemas['schemas']['PlacementFollowUpView'];
export type RecordFollowUp = EmployersSchemas['schemas']['RecordFollowUpDto'];
type ListStatus = 'due' | 'recorded';

/** Where the follow-ups of one kind of target come from and go to. */
export interface FollowUpSource {
  kind: 'vacancy' | 'school-place';
  /** The query key the lists and the count of due follow-ups share, e.g. `['employers', 'follow-ups']`. */
  queryKey: readonly string[];
  fetchPage(status: ListStatus, cursor?: string, limit?: number): Promise<CursorPage<FollowUp>>;
  record(followUp: FollowUp, body: RecordFollowUp): Promise<FollowUp>;
  targetPath(targetId: string): string;
}

/** As many as one page may hold: enough to count what is due on the home screen. */
const COUNT_PAGE = 100;

/** How many follow-up questions are due now (`more` when there are more than one page holds). */
export function useDueFollowUpCount(source: FollowUpSource) {
  const query = useQuery({
    queryKey: [...source.queryKey, 'due-count'],
    queryFn: () => source.fetchPage('due', undefined, COUNT_PAGE),
  });
  return {
    count: query.data?.items.length ?? 0,
    more: Boolean(query.data?.nextCursor),
    ready: query.isSuccess,
  };
}

/** On the home screen: how many questions about placements wait for an answer, with the way there. */
export function DueFollowUpsNotice({ source, to }: { source: FollowUpSource; to: string }) {
  const { t } = useTranslation('employer');
  const due = useDueFollowUpCount(source);
  if (!due.ready || due.count === 0) return null;
  return (
    <Notice tone="info" title={t('followUps.noticeTitle')}>
      <Paragraph>
        {due.more
          ? t('followUps.dueMore', { count: due.count })
          : t('followUps.due', { count: due.count })}{' '}
        <AppLink to={to}>{t('followUps.answerLink')}</AppLink>
      </Paragraph>
    </Notice>
  );
}

/**
 * The questions 3 and 6 months after a placement's start date: whether it still holds. The ones
 * due now with a form each, and those answered before.
 */
export function FollowUpsPage({ source }: { source: FollowUpSource }) {
  const { t } = useTranslation('employer');
  const format = useFormat();
  const queryClient = useQueryClient();
  const due = useDueFollowUpCount(source);
  const [answering, setAnswering] = useState<FollowUp>();
  const [done, setDone] = useState<string>();
  usePageTitle(t('followUps.title'));

  const duePages = useCursorPages([...source.queryKey, 'list', 'due'], (cursor) =>
    source.fetchPage('due', cursor),
  );
  const recordedPages = useCursorPages([...source.queryKey, 'list', 'recorded'], (cursor) =>
    source.fetchPage('recorded', cursor),
  );
  const kindText = (key: string) => t(`followUps.${key}.${source.kind}`);
  const label = (f: FollowUp) =>
    t('followUps.questionLabel', {
      reference: referralReference(f.referralId),
      checkpoint: t(`followUps.checkpoints.${f.checkpoint}`),
    });

  const targetColumn: Column<FollowUp> = {
    key: 'target',
    header: kindText('target'),
    cell: (f) => <AppLink to={source.targetPath(f.targetId)}>{f.targetTitle}</AppLink>,
  };
  const referenceColumn: Column<FollowUp> = {
    key: 'reference',
    header: t('followUps.reference'),
    cell: (f) => referralReference(f.referralId),
  };
  const checkpointColumn: Column<FollowUp> = {
    key: 'checkpoint',
    header: t('followUps.checkpoint'),
    cell: (f) => t(`followUps.checkpoints.${f.checkpoint}`),
  };
  const dueColumns: Column<FollowUp>[] = [
    targetColumn,
    referenceColumn,
    { key: 'start', header: t('followUps.startDate'), cell: (f) => format.date(f.startDate) },
    checkpointColumn,
    { key: 'dueOn', header: t('followUps.dueOn'), cell: (f) => format.date(f.dueOn) },
    {
      key: 'actions',
      header: t('followUps.actions'),
      cell: (f) => (
        <Button
          aria-label={t('followUps.answerLabel', { question: label(f) })}
          onClick={() => {
            setDone(undefined);
            setAnswering(f);
          }}
        >
          {t('followUps.answer')}
        </Button>
      ),
    },
  ];
  const recordedColumns: Column<FollowUp>[] = [
    targetColumn,
    referenceColumn,
    checkpointColumn,
    {
      key: 'holds',
      header: t('followUps.outcome'),
      cell: (f) =>
        f.holds ? (
          <Badge tone="ok">{kindText('holds')}</Badge>
        ) : (
          <>
            <Badge tone="neutral">{kindText('ended')}</Badge>
            {f.endedOn && <div>{t('followUps.endedOn', { date: format.date(f.endedOn) })}</div>}
          </>
        ),
    },
    {
      key: 'recordedAt',
      header: t('followUps.recordedAt'),
      cell: (f) => format.dateTime(f.recordedAt),
    },
  ];

  const refresh = () => queryClient.invalidateQueries({ queryKey: [...source.queryKey] });

  return (
    <>
      <PageTitle lead={kindText('lead')}>{t('followUps.title')}</PageTitle>
      {done && <Notice tone="ok">{done}</Notice>}
      <Section
        title={
          due.ready
            ? t(due.more ? 'followUps.dueTitleMore' : 'followUps.dueTitle', { count: due.count })
            : t('followUps.dueTitleLoading')
        }
      >
        <PagedTable
          pages={duePages}
          caption={t('followUps.dueCaption')}
          columns={dueColumns}
          rowKey={(f) => `${f.placementId}-${f.checkpoint}`}
          emptyTitle={t('followUps.noneDueTitle')}
          empty={<Paragraph>{t('followUps.noneDue')}</Paragraph>}
        />
        {answering && (
          <FollowUpForm
            key={`${answering.placementId}-${answering.checkpoint}`}
            source={source}
            followUp={answering}
            title={label(answering)}
            onCancel={() => setAnswering(undefined)}
            onRecorded={() => {
              setAnswering(undefined);
              setDone(t('followUps.recorded', { question: label(answering) }));
              void refresh();
            }}
            onConflict={() => void refresh()}
          />
        )}
      </Section>
      <Section title={t('followUps.recordedTitle')}>
        <PagedTable
          pages={recordedPages}
          caption={t('followUps.recordedCaption')}
          columns={recordedColumns}
          rowKey={(f) => `${f.placementId}-${f.checkpoint}`}
          emptyTitle={t('followUps.noneRecordedTitle')}
          empty={<Paragraph>{t('followUps.noneRecorded')}</Paragraph>}
        />
      </Section>
    </>
  );
}

function FollowUpForm({
  source,
  followUp,
  title,
  onCancel,
  onRecorded,
  onConflict,
}: {
  source: FollowUpSource;
  followUp: FollowUp;
  title: string;
  onCancel(): void;
  onRecorded(): void;
  onConflict(): void;
}) {
  const { t } = useTranslation('employer');
  const format = useFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form opens below the table: its heading takes the focus, so keyboard users land there.
  useEffect(() => headingRef.current?.focus(), []);
  const today = todayInNetherlands();
  const schema = z
    .object({
      holds: z.enum(['yes', 'no'], t('followUps.holdsRequired')),
      endedOn: z.string(),
    })
    .superRefine((values, context) => {
      if (values.holds !== 'no' || values.endedOn === '') return;
      const problem = !/^\d{4}-\d{2}-\d{2}$/.test(values.endedOn)
        ? t('form.date')
        : values.endedOn > today
          ? t('followUps.endedInFuture')
          : values.endedOn < followUp.startDate
            ? t('followUps.endedBeforeStart', { date: format.date(followUp.startDate) })
            : undefined;
      if (problem) context.addIssue({ code: 'custom', path: ['endedOn'], message: problem });
    });
  type Values = z.input<typeof schema>;
  const { control, register, handleSubmit, setError, watch, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { endedOn: '' },
  });
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const record = useMutation({
    mutationFn: (values: Values) =>
      source.record(followUp, {
        checkpoint: followUp.checkpoint,
        holds: values.holds === 'yes',
        ...(values.holds === 'no' && values.endedOn ? { endedOn: values.endedOn } : {}),
      }),
    onSuccess: onRecorded,
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 409) {
        setConflict(error.message);
        onConflict();
        return;
      }
      setFormError(applyServerErrors(error, setError, ['holds', 'endedOn']));
    },
  });
  const holds = watch('holds');
  return (
    <form
      className="bridge-section"
      noValidate
      onSubmit={handleSubmit((values) => {
        setFormError(undefined);
        setConflict(undefined);
        record.mutate(values);
      })}
    >
      <Heading level={3} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <Paragraph>
        {t('followUps.formLead', {
          target: followUp.targetTitle,
          date: format.date(followUp.startDate),
        })}
      </Paragraph>
      {conflict && (
        <Notice tone="warning" title={t('followUps.conflictTitle')}>
          {conflict}
        </Notice>
      )}
      {formError && (
        <Notice tone="error" title={t('form.failed')}>
          {formError}
        </Notice>
      )}
      <Controller
        control={control}
        name="holds"
        render={({ field }) => (
          <RadioGroup
            id={`follow-up-holds-${followUp.placementId}`}
            name={field.name}
            legend={t(`followUps.question.${source.kind}`)}
            options={[
              { value: 'yes', label: t('yes') },
              { value: 'no', label: t('no') },
            ]}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.holds?.message}
          />
        )}
      />
      {holds === 'no' && (
        <TextField
          id={`follow-up-ended-${followUp.placementId}`}
          type="date"
          label={t('followUps.endedOnLabel')}
          hint={t('followUps.endedOnHint', { date: format.date(followUp.startDate) })}
          error={formState.errors.endedOn?.message}
          {...register('endedOn')}
        />
      )}
      <Actions>
        <Button type="submit" appearance="primary" busy={record.isPending}>
          {t('followUps.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </Actions>
    </form>
  );
}
