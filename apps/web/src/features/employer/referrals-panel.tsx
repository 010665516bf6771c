import { unwrap, type MatchingSchemas } from '@bridge/api-client';
import {
  Actions,
  Button,
  Heading,
  Notice,
  Paragraph,
  TextareaField,
  type Column,
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
import { regionName } from '../../shared/reference';
import { applyServerErrors } from '../../shared/server-errors';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { ReferralStatusBadge } from './status-badges';

type Referral = MatchingSchemas['schemas']['ReferralView'];
type Action = { mode: 'place' | 'decline'; referral: Referral };

/** The reference number people quote: the start of the referral id (never anything of the candidate). */
export function referralReference(id: string) {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

export const referralsKey = (targetId: string) => ['matching', 'referrals', { targetId }] as const;

export interface ReferralsPanelProps {
  targetId: string;
  /** Whether a placement can be recorded now (the target is open with openings or seats left). */
  canPlace: boolean;
  /** Records the placement at the target's own service; answers the openings or seats left. */
  recordPlacement(referralId: string): Promise<{ left: number }>;
  /** What a placement takes, e.g. "Dit neemt één opening van de vacature in." */
  placementHint: string;
  /** The success message after a placement, given what is left. */
  placedMessage(left: number): string;
}

/**
 * The anonymised referrals to one vacancy or school place: certificates, region and the date the
 * candidate is available, with decline (and a note) and record placement. Shows no candidate id:
 * the API sends none, and this table has no column that could show one.
 */
export function ReferralsPanel({
  targetId,
  canPlace,
  recordPlacement,
  placementHint,
  placedMessage,
}: ReferralsPanelProps) {
  const { t } = useTranslation('employer');
  const api = useApi();
  const format = useFormat();
  const [action, setAction] = useState<Action>();
  const [done, setDone] = useState<string>();
  const [changed, setChanged] = useState<Record<string, Referral['status']>>({});

  const pages = useCursorPages(referralsKey(targetId), (cursor) =>
    unwrap(api.matching.GET('/referrals', { params: { query: { targetId, cursor, limit: 20 } } })),
  );
  const rows = pages.items.map((referral) => ({
    ...referral,
    status: changed[referral.id] ?? referral.status,
  }));

  const columns: Column<Referral>[] = [
    { key: 'reference', header: t('referrals.reference'), cell: (r) => referralReference(r.id) },
    {
      key: 'certificates',
      header: t('referrals.certificates'),
      cell: (r) =>
        r.certificates.length === 0 ? (
          t('referrals.noCertificates')
        ) : (
          <ul>
            {r.certificates.map((c) => (
              <li key={`${c.crebo}-${c.issuedOn}`}>
                {t('referrals.certificate', {
                  title: c.title,
                  crebo: c.crebo,
                  date: format.date(c.issuedOn),
                })}
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'region', header: t('referrals.region'), cell: (r) => regionName(r.regionCode) },
    {
      key: 'availableFrom',
      header: t('referrals.availableFrom'),
      cell: (r) => format.date(r.availableFrom),
    },
    {
      key: 'status',
      header: t('referrals.status'),
      cell: (r) => (
        <>
          <ReferralStatusBadge status={r.status} />
          {r.withdrawalReason && (
            <div>
              {t('referrals.withdrawalReason', {
                reason: t(`withdrawalReasons.${r.withdrawalReason}`),
              })}
            </div>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('referrals.actions'),
      cell: (r) =>
        r.status === 'referred' ? (
          <Actions>
            {canPlace && (
              <Button
                appearance="primary"
                aria-label={t('referrals.placeLabel', { reference: referralReference(r.id) })}
                onClick={() => {
                  setDone(undefined);
                  setAction({ mode: 'place', referral: r });
                }}
              >
                {t('referrals.place')}
              </Button>
            )}
            <Button
              aria-label={t('referrals.declineLabel', { reference: referralReference(r.id) })}
              onClick={() => {
                setDone(undefined);
                setAction({ mode: 'decline', referral: r });
              }}
            >
              {t('referrals.decline')}
            </Button>
          </Actions>
        ) : (
          '—'
        ),
    },
  ];

  const finish = (referral: Referral, status: Referral['status'], message: string) => {
    setChanged((current) => ({ ...current, [referral.id]: status }));
    setAction(undefined);
    setDone(message);
  };

  return (
    <section className="bridge-section" aria-labelledby={`referrals-${targetId}`}>
      <Heading level={2} id={`referrals-${targetId}`}>
        {t('referrals.title')}
      </Heading>
      <Paragraph>{t('referrals.lead')}</Paragraph>
      {done && <Notice tone="ok">{done}</Notice>}
      <PagedTable
        pages={pages}
        rows={rows}
        caption={t('referrals.caption')}
        columns={columns}
        rowKey={(r) => r.id}
        emptyTitle={t('referrals.emptyTitle')}
        empty={<Paragraph>{t('referrals.empty')}</Paragraph>}
      />
      {action?.mode === 'decline' && (
        <DeclineForm
          key={action.referral.id}
          referral={action.referral}
          onCancel={() => setAction(undefined)}
          onDeclined={() =>
            finish(
              action.referral,
              'declined',
              t('referrals.declined', { reference: referralReference(action.referral.id) }),
            )
          }
        />
      )}
      {action?.mode === 'place' && (
        <PlaceConfirm
          key={action.referral.id}
          referral={action.referral}
          targetId={targetId}
          hint={placementHint}
          recordPlacement={recordPlacement}
          onCancel={() => setAction(undefined)}
          onPlaced={(left) => finish(action.referral, 'placed', placedMessage(left))}
        />
      )}
    </section>
  );
}

/** The heading of a step that opens below the table takes the focus, so keyboard users land there. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function DeclineForm({
  referral,
  onCancel,
  onDeclined,
}: {
  referral: Referral;
  onCancel(): void;
  onDeclined(): void;
}) {
  const { t } = useTranslation('employer');
  const api = useApi();
  const queryClient = useQueryClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const schema = z.object({
    note: z.string().max(2000, { message: t('referrals.noteTooLong', { max: 2000 }) }),
  });
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { note: '' },
  });
  const [formError, setFormError] = useState<string>();
  const decline = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.matching.POST('/referrals/{id}/decline', {
          params: { path: { id: referral.id } },
          body: values.note.trim() ? { note: values.note.trim() } : {},
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['matching', 'referrals'] });
      onDeclined();
    },
    onError: (error) => setFormError(applyServerErrors(error, setError, ['note'])),
  });
  const reference = referralReference(referral.id);
  return (
    <form
      className="bridge-section"
      noValidate
      onSubmit={handleSubmit((values) => decline.mutate(values))}
    >
      <Heading level={3} ref={headingRef} tabIndex={-1}>
        {t('referrals.declineTitle', { reference })}
      </Heading>
      {formError && (
        <Notice tone="error" title={t('referrals.declineFailed')}>
          {formError}
        </Notice>
      )}
      <TextareaField
        id={`decline-note-${referral.id}`}
        label={t('referrals.note')}
        hint={t('referrals.noteHint')}
        error={formState.errors.note?.message}
        rows={4}
        {...register('note')}
      />
      <Actions>
        <Button type="submit" appearance="primary" busy={decline.isPending}>
          {t('referrals.declineConfirm')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </Actions>
    </form>
  );
}

function PlaceConfirm({
  referral,
  hint,
  recordPlacement,
  onCancel,
  onPlaced,
}: {
  referral: Referral;
  targetId: string;
  hint: string;
  recordPlacement(referralId: string): Promise<{ left: number }>;
  onCancel(): void;
  onPlaced(left: number): void;
}) {
  const { t } = useTranslation('employer');
  const queryClient = useQueryClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const place = useMutation({
    mutationFn: () => recordPlacement(referral.id),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['matching', 'referrals'] });
      onPlaced(result.left);
    },
  });
  const reference = referralReference(referral.id);
  return (
    <div className="bridge-section">
      <Heading level={3} ref={headingRef} tabIndex={-1}>
        {t('referrals.placeTitle', { reference })}
      </Heading>
      <Paragraph>{hint}</Paragraph>
      {place.error && (
        <Notice tone="error" title={t('referrals.placeFailed')}>
          {place.error.message}
        </Notice>
      )}
      <Actions>
        <Button appearance="primary" busy={place.isPending} onClick={() => place.mutate()}>
          {t('referrals.placeConfirm')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </Actions>
    </div>
  );
}
