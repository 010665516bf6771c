import { unwrap, type EmployersSchemas } from '@bridge/api-client';
import { PageTitle, Paragraph, type Column } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../shared/page-title';
import { PagedTable } from '../../shared/paged-table';
import { piName, regionName } from '../../shared/reference';
import { useCursorPages } from '../../shared/use-cursor-pages';
import { ActiveBadge } from './status-badges';

type Covenant = EmployersSchemas['schemas']['CovenantView'];

/** The employer's own covenants with DJI: regions, PI's, validity and whether each is in force. */
export function CovenantsPage() {
  const { t } = useTranslation('employer');
  const api = useApi();
  const format = useFormat();
  usePageTitle(t('covenants.title'));
  const pages = useCursorPages(['employers', 'covenants', 'list'], (cursor) =>
    unwrap(api.employers.GET('/covenants', { params: { query: { cursor, limit: 20 } } })),
  );

  const columns: Column<Covenant>[] = [
    { key: 'name', header: t('covenants.name'), cell: (c) => c.name },
    {
      key: 'regions',
      header: t('covenants.regions'),
      cell: (c) => c.regionCodes.map(regionName).join(', ') || '—',
    },
    {
      key: 'pis',
      header: t('covenants.pis'),
      cell: (c) => c.piCodes.map(piName).join(', ') || '—',
    },
    {
      key: 'validity',
      header: t('covenants.validity'),
      cell: (c) =>
        t('covenants.validRange', { from: format.date(c.validFrom), to: format.date(c.validTo) }),
    },
    {
      key: 'active',
      header: t('covenants.status'),
      cell: (c) => <ActiveBadge active={c.active} />,
    },
  ];

  return (
    <>
      <PageTitle lead={t('covenants.lead')}>{t('covenants.title')}</PageTitle>
      <PagedTable
        pages={pages}
        caption={t('covenants.caption')}
        columns={columns}
        rowKey={(c) => c.id}
        emptyTitle={t('covenants.emptyTitle')}
        empty={<Paragraph>{t('covenants.empty')}</Paragraph>}
      />
    </>
  );
}
