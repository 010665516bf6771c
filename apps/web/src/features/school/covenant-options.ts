import { unwrap } from '@bridge/api-client';
import type { SelectOptionItem } from '@bridge/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { useClaims } from '../../session/session';

/**
 * The school's own covenants in force today (GET /covenants?active=true at employers, those signed
 * with its BRIN), as the choices of the place form — as the employer's vacancy form offers its
 * covenants. A place that is already under a covenant no longer in force keeps that one as a choice
 * (named when employers still shows it), so saving a change does not drop it unasked.
 */
export function useCovenantOptions(currentId?: string | null) {
  const { t } = useTranslation('school');
  const api = useApi();
  const format = useFormat();
  const { brin } = useClaims();
  const active = useQuery({
    queryKey: ['employers', 'covenants', { active: true, brin }],
    queryFn: () =>
      unwrap(api.employers.GET('/covenants', { params: { query: { active: true, limit: 100 } } })),
  });
  const items = active.data?.items ?? [];
  const missing = Boolean(currentId) && active.isSuccess && !items.some((c) => c.id === currentId);
  const current = useQuery({
    queryKey: ['employers', 'covenant', currentId],
    queryFn: () =>
      unwrap(api.employers.GET('/covenants/{id}', { params: { path: { id: currentId ?? '' } } })),
    enabled: missing,
    retry: false,
  });

  const label = (c: { name: string; validFrom: string; validTo: string }) =>
    t('form.covenantOption', {
      name: c.name,
      from: format.date(c.validFrom),
      to: format.date(c.validTo),
    });
  const options: SelectOptionItem[] = items.map((c) => ({ value: c.id, label: label(c) }));
  if (missing && currentId) {
    options.push({
      value: currentId,
      label: current.data
        ? t('form.covenantNotInForce', { covenant: label(current.data) })
        : t('form.covenantUnknown', { id: currentId }),
    });
  }
  return {
    options,
    // The place's own covenant waits for its name; a failed look-up of it still leaves the form usable.
    isPending: active.isPending || (missing && current.isPending),
    error: active.error,
  };
}
