import { unwrap } from '@bridge/api-client';
import {
  Actions,
  Badge,
  Button,
  Heading,
  Notice,
  Paragraph,
  Section,
  TextareaField,
  type Column,
  type Tone,
} from '@bridge/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { PagedTable } from '../../shared/paged-table';
import { municipalityName } from '../../shared/reference';
import { applyServerErrors } from '../../shared/server-errors';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { candidateKeys, type CandidateReferral, type SuggestionTarget } from './candidate';

const REFERRAL_TONES: Record<CandidateReferral['status'], Tone> = {
  referred: 'info',
  placed: 'ok',
  declined: 'warning',
  withdrawn: 'neutral',
};
/** The note of matching's KeepReferralStandingDto, as long as the other notes on a referral. */
const NOTE_MAX = 2000;

/** A vacancy or school place in a table cell: its title, and its municipality under it. */
export function TargetCell({ target }: { target: SuggestionTarget }) {
  return (
    <>
      {target.title}
      {target.municipalityCode && (
        <>
          <br />
          <small>{municipalityName(target.municipalityCode)}</small>
        </>
      )}
    </>
  );
}

export interface CandidateReferralsProps {
  candidateId: string;
  /** The advisor (and admin) may keep a referred referral standing when the candidate is placed elsewhere. */
  canKeepStanding?: boolean;
}

/**
 * The referrals of one candidate: where to, their status (with why one was withdrawn), and whether
 * an advisor keeps it standing when the candidate is placed elsewhere.
 */
export function CandidateReferrals({ candidateId, canKeepStanding }: CandidateReferralsProps) {
  const { t } = useTranslation('candidates');
  const api = useApi();
  const format = useFormat();
  const [keeping, setKeeping] = useState<CandidateReferral>();
  const [kept, setKept] = useState<Record<string, CandidateReferral>>({});
  const [done, setDone] = useState<string>();
  const pages = useCursorPages<CandidateReferral>(candidateKeys.referrals(candidateId), (cursor) =>
    unwrap(
      api.matching.GET('/candidates/{id}/referrals', {
        params: { path: { id: candidateId }, query: { cursor, limit: 20 } },
      }),
    ),
  );
  const rows = pages.items.map((referral) => kept[referral.id] ?? referral);

  const columns: Column<CandidateReferral>[] = [
    { key: 'target', header: t('referrals.target'), cell: (r) => <TargetCell target={r.target} /> },
    { key: 'type', header: t('referrals.type'), cell: (r) => t(`type.${r.type}`) },
    { key: 'start', header: t('referrals.start'), cell: (r) => format.date(r.target.startDate) },
    { key: 'referred', header: t('referrals.referredOn'), cell: (r) => format.date(r.createdAt) },
    {
      key: 'status',
      header: t('referrals.status'),
      cell: (r) => (
        <>
          <Badge tone={REFERRAL_TONES[r.status]}>{t(`referrals.statuses.${r.status}`)}</Badge>
          {r.statusChangedAt && (
            <div>{t('referrals.since', { date: format.date(r.statusChangedAt) })}</div>
          )}
          {r.withdrawalReason && (
            <div>
              {t('referrals.withdrawalReason', {
                reason: t(`withdrawalReasons.${r.withdrawalReason}`),
              })}
            </div>
          )}
          {r.keptStanding && (
            <div>
              {t('referrals.keptStanding', {
                by: r.keptStanding.by,
                at: format.dateTime(r.keptStanding.at),
              })}
              <br />
              <q>{r.keptStanding.note}</q>
            </div>
          )}
        </>
      ),
    },
    ...(canKeepStanding
      ? [
          {
            key: 'actions',
            header: t('referrals.actions'),
            cell: (r: CandidateReferral) =>
              r.status === 'referred' && !r.keptStanding ? (
                <Button
                  aria-label={t('referrals.keepStandingLabel', { target: r.target.title })}
                  onClick={() => {
                    setDone(undefined);
                    setKeeping(r);
                  }}
                >
                  {t('referrals.keepStanding')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]
      : []),
  ];

  return (
    <Section title={t('referrals.title')}>
      {done && <Notice tone="ok">{done}</Notice>}
      <PagedTable
        pages={pages}
        rows={rows}
        caption={t('referrals.caption')}
        columns={columns}
        rowKey={(r) => r.id}
        emptyTitle={t('referrals.empty')}
        empty={<Paragraph>{t('referrals.emptyHint')}</Paragraph>}
      />
      {keeping && (
        <KeepStandingForm
          key={keeping.id}
          candidateId={candidateId}
          referral={keeping}
          onCancel={() => setKeeping(undefined)}
          onKept={(saved) => {
            setKept((current) => ({ ...current, [saved.id]: saved }));
            setKeeping(undefined);
            setDone(t('referrals.keptDone', { target: saved.target.title }));
          }}
        />
      )}
    </Section>
  );
}

function KeepStandingForm({
  candidateId,
  referral,
  onCancel,
  onKept,
}: {
  candidateId: string;
  referral: CandidateReferral;
  onCancel(): void;
  onKept(saved: CandidateReferral): void;
}) {
  const { t } = useTranslation('candidates');
  const api = useApi();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The step opens below the table: its heading takes the focus, so keyboard users land there.
  useEffect(() => headingRef.current?.focus(), []);
  const schema = z.object({
    note: z
      .string()
      .trim()
      .min(1, { message: t('referrals.noteRequired') })
      .max(NOTE_MAX, { message: t('referrals.noteTooLong', { max: NOTE_MAX }) }),
  });
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { note: '' },
  });
  const [formError, setFormError] = useState<string>();
  const keep = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.matching.POST('/referrals/{id}/keep-standing', {
          params: { path: { id: referral.id } },
          body: { note: values.note },
        }),
      ),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: candidateKeys.referrals(candidateId) });
      onKept(saved);
    },
    onError: (error) => setFormError(applyServerErrors(error, setError, ['note'])),
  });
  return (
    <form
      className="bridge-section"
      noValidate
      onSubmit={handleSubmit((values) => {
        setFormError(undefined);
        keep.mutate(values);
      })}
    >
      <Heading level={3} ref={headingRef} tabIndex={-1}>
        {t('referrals.keepTitle', { target: referral.target.title })}
      </Heading>
      <Paragraph>{t('referrals.keepLead')}</Paragraph>
      {formError && (
        <Notice tone="error" title={t('referrals.keepFailed')}>
          {formError}
        </Notice>
      )}
      <TextareaField
        id={`keep-note-${referral.id}`}
        label={t('referrals.note')}
        hint={t('referrals.noteHint', { max: NOTE_MAX })}
        error={formState.errors.note?.message}
        rows={4}
        {...register('note')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={keep.isPending}>
          {t('referrals.keepConfirm')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('referrals.cancel')}
        </Button>
      </Actions>
    </form>
  );
}
