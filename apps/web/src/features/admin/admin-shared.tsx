import {
  ProblemError,
  unwrap,
  type EmployersSchemas,
  type TrainingSchemas,
} from '@bridge/api-client';
import { Actions, Button, Notice } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { FormFailure } from '../../shared/form-failure';

export { AppLink } from '../../shared/app-link';

export type Employer = EmployersSchemas['schemas']['EmployerView'];
export type Covenant = EmployersSchemas['schemas']['CovenantView'];
export type Provider = TrainingSchemas['schemas']['ProviderView'];

/** Query keys of the admin's lists, so a write can invalidate what it changed. */
export const adminKeys = {
  employers: ['admin', 'employers'] as const,
  providers: ['admin', 'providers'] as const,
  covenants: ['admin', 'covenants'] as const,
  insights: ['admin', 'insights'] as const,
  audit: ['admin', 'audit'] as const,
};

/** The most pages read to fill a choice list (100 each): far more than the regions' employers. */
const MAX_PAGES = 20;

async function allPages<Item>(
  fetchPage: (cursor?: string) => Promise<{ items: Item[]; nextCursor: string | null }>,
) {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** Every registered employer (for choices and names), by name. */
export function useAllEmployers() {
  const api = useApi();
  return useQuery({
    queryKey: [...adminKeys.employers, 'all'],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(api.employers.GET('/employers', { params: { query: { limit: 100, cursor } } })),
      ),
    staleTime: 60_000,
  });
}

/** Every registered education provider (for choices and names), by name. */
export function useAllProviders() {
  const api = useApi();
  return useQuery({
    queryKey: [...adminKeys.providers, 'all'],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(api.training.GET('/providers', { params: { query: { limit: 100, cursor } } })),
      ),
    staleTime: 60_000,
  });
}

/** Today as `YYYY-MM-DD` in Dutch time (the services judge "active" by Europe/Amsterdam). */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The outcome of a form: saved (with a message) or failed (with the form-level message). */
export function FormOutcome({ saved, failure }: { saved?: ReactNode; failure?: string }) {
  const { t } = useTranslation();
  if (failure) return <FormFailure message={failure} />;
  if (saved)
    return (
      <Notice tone="ok" title={t('form.saved')}>
        {saved}
      </Notice>
    );
  return null;
}

/** Whether an error is the service's "already exists" (409). */
export const isConflict = (error: unknown) => error instanceof ProblemError && error.status === 409;

/**
 * The confirmation of an action that cannot be undone: a warning with the confirm and cancel
 * buttons, focused when it appears (the button that opened it is gone), so keyboard and screen
 * reader users land on the question.
 */
export function ConfirmStep({
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="admin-confirm">
      <Notice tone="warning" title={title}>
        {children}
        <Actions>
          <Button appearance="primary" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button onClick={onCancel}>{t('form.cancel')}</Button>
        </Actions>
      </Notice>
    </div>
  );
}
